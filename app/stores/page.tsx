import type { Metadata } from 'next';
import { connection } from 'next/server';
import { StoresView } from '@/components/stores/StoresView';
import { listStores } from '@/db/queries/stores';
import { toStoreView } from './views';

export const metadata: Metadata = { title: 'Stores' };

export default async function StoresPage() {
  await connection();
  return <StoresView stores={listStores().map(toStoreView)} />;
}
