'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { IconButton } from '@/components/ui/IconButton';
import { PencilIcon, TrashIcon } from '@/components/ui/icons';
import { useToast } from '@/components/ui/Toast';
import { formatCount } from '@/lib/format/numbers';
import { deleteStore, renameStore } from './api';
import { StoreNameDialog } from './StoreNameDialog';
import type { StoreView } from './types';

export interface StoreActionsProps {
  store: Pick<StoreView, 'id' | 'name' | 'summary'>;
  /** Where to go once the store is deleted (the list stays where it is). */
  afterDeleteHref?: string;
}

/** Rename a store, or delete it behind a confirmation. */
export function StoreActions({ store, afterDeleteHref }: StoreActionsProps) {
  const router = useRouter();
  const toast = useToast();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);

  async function rename(name: string) {
    await renameStore(store.id, name);
    setDialog(null);
    toast({ title: 'Store renamed', tone: 'success' });
    router.refresh();
  }

  async function remove() {
    await deleteStore(store.id);
    setDialog(null);
    toast({ title: `“${store.name}” deleted`, tone: 'success' });
    if (afterDeleteHref) router.push(afterDeleteHref);
    router.refresh();
  }

  const { orders, customers, imports } = store.summary;
  return (
    <>
      {/* Two plain buttons rather than a menu: a dropdown would be clipped by the scrolling table. */}
      <div className="inline-flex items-center gap-0.5">
        <IconButton label={`Rename ${store.name}`} icon={<PencilIcon />} size="sm" onClick={() => setDialog('rename')} />
        <IconButton
          label={`Delete ${store.name}`}
          icon={<TrashIcon />}
          size="sm"
          className="hover:bg-rose-50 hover:text-rose-700"
          onClick={() => setDialog('delete')}
        />
      </div>
      <StoreNameDialog
        open={dialog === 'rename'}
        title="Rename store"
        submitLabel="Rename"
        initialName={store.name}
        onSubmit={rename}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title={`Delete “${store.name}”?`}
        description={
          <p>
            Its {formatCount(orders)} orders, {formatCount(customers)} customers and {formatCount(imports)} imports are
            deleted with it. Journey maps stay, but lose their comparison with this store. This cannot be undone.
          </p>
        }
        confirmLabel="Delete store"
        tone="danger"
        onConfirm={remove}
        onCancel={() => setDialog(null)}
      />
    </>
  );
}
