/** One typing workload, identical for every server. */
export interface LoadSpec {
  id: string;
  description: string;
  deeds: number;
  clientsPerDeed: number;
  keystrokesPerSecond: number;
  warmupMs: number;
  measureMs: number;
  /** Load generator child processes the clients are spread over. */
  workers: number;
}

export function loadPlan(quick: boolean): LoadSpec[] {
  const timing = quick ? { warmupMs: 1_000, measureMs: 3_000 } : { warmupMs: 5_000, measureMs: 20_000 };
  const l1 = quick ? 40 : 200;
  const l2 = quick ? 20 : 50;
  const loads: LoadSpec[] = [
    {
      id: 'L1',
      description: `${l1} deeds x 5 clients, 2 keystrokes/s each`,
      deeds: l1,
      clientsPerDeed: 5,
      keystrokesPerSecond: 2,
      workers: 3,
      ...timing,
    },
    {
      id: 'L2',
      description: `1 deed x ${l2} clients, 5 keystrokes/s each`,
      deeds: 1,
      clientsPerDeed: l2,
      keystrokesPerSecond: 5,
      workers: 3,
      ...timing,
    },
  ];
  if (quick) return loads;
  // Beyond the brief's two loads: the same 200 deeds typing faster, to see what gives out first.
  loads.push({
    id: 'L3',
    description: '200 deeds x 5 clients, 5 keystrokes/s each (stress)',
    deeds: 200,
    clientsPerDeed: 5,
    keystrokesPerSecond: 5,
    workers: 3,
    ...timing,
  });
  return loads;
}
