import { ListSection } from './ListSection.js';

export interface TablePaneProps {
  /** The column names, as the list's title line (the pane's name is in the tab bar above). */
  header: string;
  rows: string[];
  cursor: number;
  empty: string;
  height: number;
}

/** A list pane of the dashboard: its column header, then the rows with the cursor marked ">". */
export function TablePane({ header, rows, cursor, empty, height }: TablePaneProps) {
  return <ListSection title={header} rows={rows} cursor={cursor} focused empty={empty} height={Math.max(1, height - 1)} />;
}
