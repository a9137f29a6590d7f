import { Button, Group, Switch, Text, ThemeIcon } from '@mantine/core';
import { IconCloudUpload, IconFolderOpen, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { type PickedFile, readChosenFiles, readDroppedFiles } from './read-dropped-files';
import classes from './vault.module.css';

interface UploadDropZoneProps {
  orgName: string;
  isInternal: boolean;
  onInternalChange: (isInternal: boolean) => void;
  onFiles: (files: PickedFile[]) => void;
}

/** Drop files or whole folders here, or pick them; several at once. */
export function UploadDropZone({ orgName, isInternal, onInternalChange, onFiles }: UploadDropZoneProps) {
  const [isOver, setIsOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    void readDroppedFiles(event.dataTransfer).then((files) => {
      if (files.length > 0) onFiles(files);
    });
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target; keyboard users have the two buttons inside it.
    <div
      className={classes.dropZone}
      data-over={isOver || undefined}
      onDragEnter={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsOver(false);
      }}
      onDrop={onDrop}
      data-testid="vault-drop-zone"
    >
      <Group gap="lg" wrap="nowrap" align="center">
        <ThemeIcon size={48} radius="xl" variant="light" color="navy">
          <IconCloudUpload size={26} stroke={1.5} aria-hidden="true" />
        </ThemeIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600}>Glissez ici vos fichiers ou des dossiers entiers</Text>
          <Text size="sm" c="dimmed">
            PDF, images, Word, Excel… jusqu’à 5 Go par fichier. Un dépôt coupé reprend là où il s’était
            arrêté.
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconUpload size={16} aria-hidden="true" />}
            onClick={() => fileInput.current?.click()}
            data-testid="vault-choose-files"
          >
            Choisir des fichiers
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={16} aria-hidden="true" />}
            onClick={() => folderInput.current?.click()}
          >
            Choisir un dossier
          </Button>
        </Group>
      </Group>
      <Switch
        mt="sm"
        size="xs"
        checked={isInternal}
        onChange={(event) => onInternalChange(event.currentTarget.checked)}
        label={`Réservé à ${orgName} (les autres parties ne verront pas ces fichiers)`}
        data-testid="vault-internal-switch"
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        aria-label="Choisir des fichiers à déposer"
        onChange={(event) => {
          const files = readChosenFiles(event.currentTarget.files);
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
        data-testid="vault-file-input"
      />
      <input
        ref={(element) => {
          folderInput.current = element;
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        aria-label="Choisir un dossier à déposer"
        onChange={(event) => {
          const files = readChosenFiles(event.currentTarget.files);
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
