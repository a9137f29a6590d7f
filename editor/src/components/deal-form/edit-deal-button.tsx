import type { Deal } from '@deedroom/shared';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { EditDealModal } from './edit-deal-modal';

/** The deal header's "Modifier le dossier" action, for roles holding `deal.update`. */
export function EditDealButton({ deal, onSaved }: { deal: Deal; onSaved: (deal: Deal) => void }) {
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPencil size={16} aria-hidden="true" />}
        onClick={modal.open}
        data-testid="edit-deal-button"
      >
        Modifier le dossier
      </Button>
      <EditDealModal deal={deal} opened={opened} onClose={modal.close} onSaved={onSaved} />
    </>
  );
}
