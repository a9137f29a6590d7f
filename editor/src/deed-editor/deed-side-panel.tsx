import type { DeedDetail } from '@deedroom/shared';
import { Tabs } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import type { CollabConnection } from './create-collab-connection';
import classes from './deed-side-panel.module.css';

/** What every tab of the side panel may use. */
export interface DeedSidePanelContext {
  access: DeedDetail;
  editor: Editor;
  connection: CollabConnection;
  /** Fetches the deed again (edit mode, lock) after an action changed it. */
  refreshAccess: () => Promise<void>;
}

export interface DeedSideTab {
  value: string;
  label: string;
  /** A short count or marker shown beside the label (e.g. open threads). */
  badge?: ReactNode;
  panel: ReactNode;
}

interface DeedSidePanelProps {
  tabs: DeedSideTab[];
  value: string;
  onChange: (value: string) => void;
}

/** The right-hand panel of the deed editor: one tab per drafting tool. */
export function DeedSidePanel({ tabs, value, onChange }: DeedSidePanelProps) {
  return (
    <Tabs
      value={value}
      onChange={(next) => next && onChange(next)}
      classNames={{ root: classes.root, list: classes.list, panel: classes.panel, tab: classes.tab }}
      keepMounted={false}
    >
      <Tabs.List aria-label="Outils de rédaction">
        {tabs.map((tab) => (
          <Tabs.Tab
            key={tab.value}
            value={tab.value}
            rightSection={tab.badge}
            data-testid={`side-tab-${tab.value}`}
          >
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value}>
          {tab.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
