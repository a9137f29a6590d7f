import { disableSuggestChanges, enableSuggestChanges, isSuggestChangesEnabled } from '@deedroom/shared';
import { Switch, Tooltip } from '@mantine/core';
import { type Editor, useEditorState } from '@tiptap/react';
import { useEffect } from 'react';

interface SuggestToggleProps {
  editor: Editor;
  isForced: boolean;
  deedId: string;
}

function preferenceKey(deedId: string): string {
  return `deedroom:suggesting:${deedId}`;
}

function setSuggesting(editor: Editor, isOn: boolean): void {
  (isOn ? enableSuggestChanges : disableSuggestChanges)(editor.state, editor.view.dispatch);
}

/** « Suggérer »: the user's own track-changes switch, remembered per deed; locked on when imposed. */
export function SuggestToggle({ editor, isForced, deedId }: SuggestToggleProps) {
  const isOn = useEditorState({
    editor,
    selector: ({ editor: current }) => isSuggestChangesEnabled(current.state),
  });

  useEffect(() => {
    if (isForced || localStorage.getItem(preferenceKey(deedId)) === 'on') setSuggesting(editor, true);
  }, [editor, deedId, isForced]);

  const toggle = (next: boolean) => {
    setSuggesting(editor, next);
    localStorage.setItem(preferenceKey(deedId), next ? 'on' : 'off');
  };
  const control = (
    <Switch
      size="sm"
      label="Suggérer"
      checked={isForced || isOn}
      disabled={isForced}
      onChange={(event) => toggle(event.currentTarget.checked)}
      data-testid="suggest-toggle"
    />
  );
  return isForced ? (
    <Tooltip label="Mode suggestion imposé à votre partie sur cet acte">
      <span>{control}</span>
    </Tooltip>
  ) : (
    control
  );
}
