/** The lab object for the components under <LoadLab>. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Lab, LabState } from './labState';

export const LabContext = createContext<Lab | null>(null);

export function useLab(): Lab {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('useLab outside <LoadLab>');
  return lab;
}

export function useLabState<T>(selector: (s: LabState) => T): T {
  return useStore(useLab().state, selector);
}
