/** The demo store's catalogue: a small skincare and wellness brand. */
export interface DemoProduct {
  name: string;
  sku: string;
  category: string;
  price: number;
  /** Relative popularity on a first order and on repeat orders. */
  firstWeight: number;
  repeatWeight: number;
}

const p = (name: string, sku: string, category: string, price: number, firstWeight: number, repeatWeight: number): DemoProduct => ({
  name,
  sku,
  category,
  price,
  firstWeight,
  repeatWeight,
});

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  p('Gentle Foaming Cleanser', 'SK-CLN-01', 'Cleansers', 18, 10, 8),
  p('Oat Milk Cleansing Balm', 'SK-CLN-02', 'Cleansers', 24, 6, 6),
  p('Micellar Water 400ml', 'SK-CLN-03', 'Cleansers', 14, 5, 7),
  p('Vitamin C Serum', 'SK-SER-01', 'Serums', 38, 12, 9),
  p('Hyaluronic Acid Serum', 'SK-SER-02', 'Serums', 32, 9, 10),
  p('Niacinamide 10% Serum', 'SK-SER-03', 'Serums', 26, 7, 8),
  p('Retinol Night Serum', 'SK-SER-04', 'Serums', 44, 4, 6),
  p('Daily Moisturiser SPF 30', 'SK-MOI-01', 'Moisturisers', 29, 9, 11),
  p('Rich Night Cream', 'SK-MOI-02', 'Moisturisers', 36, 5, 7),
  p('Gel Cream for Oily Skin', 'SK-MOI-03', 'Moisturisers', 27, 4, 5),
  p('Mineral Sunscreen SPF 50', 'SK-SUN-01', 'Sun care', 22, 6, 6),
  p('After-Sun Aloe Gel', 'SK-SUN-02', 'Sun care', 16, 2, 3),
  p('Clay Detox Mask', 'SK-MSK-01', 'Masks', 21, 4, 4),
  p('Overnight Hydrating Mask', 'SK-MSK-02', 'Masks', 28, 3, 4),
  p('Sheet Mask Set (5)', 'SK-MSK-03', 'Masks', 15, 3, 3),
  p('Lip Repair Balm', 'SK-LIP-01', 'Lip care', 9, 5, 6),
  p('Tinted Lip Oil', 'SK-LIP-02', 'Lip care', 17, 3, 3),
  p('Body Lotion Citrus', 'BD-LOT-01', 'Body', 19, 3, 4),
  p('Exfoliating Body Scrub', 'BD-SCR-01', 'Body', 23, 2, 3),
  p('Hand Cream Trio', 'BD-HND-01', 'Body', 21, 3, 3),
  p('Discovery Kit', 'KIT-DSC-01', 'Kits', 29, 10, 1),
  p('Morning Routine Set', 'KIT-AM-01', 'Kits', 79, 4, 3),
  p('Evening Routine Set', 'KIT-PM-01', 'Kits', 89, 3, 3),
  p('Holiday Gift Box', 'KIT-GFT-01', 'Kits', 65, 2, 2),
  p('Bamboo Face Cloths (3)', 'AC-CLT-01', 'Accessories', 12, 2, 3),
  p('Jade Facial Roller', 'AC-ROL-01', 'Accessories', 25, 2, 2),
  p('Travel Pouch', 'AC-PCH-01', 'Accessories', 14, 1, 2),
  p('Serum Refill Pouch', 'SK-SER-05', 'Refills', 30, 0.2, 8),
  p('Moisturiser Refill', 'SK-MOI-04', 'Refills', 24, 0.2, 7),
];

/** Sales channels as Shopify writes them in `Source` (app ids are numeric). */
export const DEMO_SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['web', 70],
  ['2329312', 11], // Facebook & Instagram channel
  ['580111', 8], // Shop app
  ['pos', 9],
  ['shopify_draft_order', 2],
];

export const DEMO_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 46],
  ['CA', 12],
  ['GB', 14],
  ['AU', 8],
  ['DE', 8],
  ['FR', 6],
  ['NL', 6],
];

export const FIRST_NAMES = [
  'Ava', 'Liam', 'Mia', 'Noah', 'Zoe', 'Ethan', 'Chloe', 'Lucas', 'Emma', 'Oliver', 'Amelia', 'Leo', 'Isla', 'Mateo', 'Nora',
  'Hugo', 'Lena', 'Sofia', 'Jonas', 'Chiara', 'Aiko', 'Priya', 'Omar', 'Elif', 'Sven', 'Ines', 'Marta', 'Theo', 'Ruby', 'Kai',
];

export const LAST_NAMES = [
  'Smith', 'Garcia', 'Müller', 'Martin', 'Brown', 'Rossi', 'Dubois', 'Jansen', 'Kowalski', 'Nguyen', 'Patel', 'Silva',
  'Andersen', 'Kim', 'Lopez', "O'Brien", 'Schmidt', 'Bernard', 'Taylor', 'Wilson', 'Moreau', 'de Vries', 'Tanaka', 'Costa',
];
