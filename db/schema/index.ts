export * from './maps';
export * from './orders';
