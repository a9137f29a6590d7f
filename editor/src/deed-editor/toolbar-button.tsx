import { ActionIcon, Button, Tooltip } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { formatShortcut } from './format-shortcut';
import classes from './toolbar-button.module.css';

interface ToolbarButtonProps {
  label: string;
  icon: TablerIcon;
  onClick: () => void;
  /** Tiptap notation ("Mod-Shift-d"); shown in the tooltip and announced to assistive technology. */
  shortcut?: string;
  /** For toggles (bold, lists...): whether the selection already has it. */
  isActive?: boolean;
  isDisabled?: boolean;
  /** Shows the label beside the icon (for actions that are not obvious from an icon alone). */
  withText?: boolean;
  testId?: string;
}

function toAriaShortcut(shortcut: string): string {
  return shortcut.replace('Mod', 'Control').replaceAll('-', '+');
}

/** One toolbar action: icon, French tooltip with its keyboard shortcut, pressed state for toggles. */
export function ToolbarButton({
  label,
  icon: Icon,
  onClick,
  shortcut,
  isActive,
  isDisabled,
  withText,
  testId,
}: ToolbarButtonProps) {
  const tooltip = shortcut ? `${label} (${formatShortcut(shortcut)})` : label;
  const common = {
    onClick,
    disabled: isDisabled,
    className: classes.button,
    'aria-pressed': isActive === undefined ? undefined : isActive,
    'aria-keyshortcuts': shortcut ? toAriaShortcut(shortcut) : undefined,
    'data-toolbar-item': true,
    'data-testid': testId,
    // Keeps the text selection: clicking a button must not move the focus out of the document.
    onMouseDown: (event: React.MouseEvent) => event.preventDefault(),
  };
  return (
    <Tooltip label={tooltip} openDelay={400} position="bottom">
      {withText ? (
        <Button
          {...common}
          variant={isActive ? 'light' : 'subtle'}
          color="gray"
          size="compact-sm"
          c="gray.8"
          fw={500}
          leftSection={<Icon size={17} stroke={1.7} aria-hidden="true" />}
        >
          {label}
        </Button>
      ) : (
        <ActionIcon
          {...common}
          aria-label={label}
          variant={isActive ? 'light' : 'subtle'}
          color={isActive ? 'navy' : 'gray'}
          size={32}
        >
          <Icon size={18} stroke={1.8} aria-hidden="true" />
        </ActionIcon>
      )}
    </Tooltip>
  );
}
