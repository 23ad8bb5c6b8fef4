/** Failure injection at the cursor's virtual time: pick a lane, press a fault; the run is redone with it. */
import { useState } from 'react';
import type { LabFaultKind, LaneId } from '../../lab/types';
import { useT } from './i18n';
import { useLab, useLabState } from './context';
import type { LabState } from './labState';
import { FAULT_KINDS, LANE_IDS } from './settings';

const selectFaults = (s: LabState) => s.settings.faults;
const selectRunning = (s: LabState) => s.status === 'running';

export function FaultBar() {
  const t = useT();
  const lab = useLab();
  const faults = useLabState(selectFaults);
  const running = useLabState(selectRunning);
  const [lane, setLane] = useState<LaneId | 'all'>('all');
  const inject = (kind: LabFaultKind) => lab.state.getState().inject(kind, lane);

  return (
    <div className="lab-faults" role="group" aria-label={t('lab.faults')}>
      <div className="lab-faults-row">
        <span className="lab-faults-label">{t('lab.faults')}</span>
        <label className="lab-faults-lane">
          <span>{t('lab.faultLane')}</span>
          <select
            value={lane}
            onChange={(e) => setLane((e.currentTarget.value as LaneId | 'all') ?? 'all')}
          >
            <option value="all">{t('lab.allLanes')}</option>
            {LANE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`lab.lane.${id}`)}
              </option>
            ))}
          </select>
        </label>
        {FAULT_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className="lab-fault"
            disabled={running}
            title={t(`lab.fault.${k}.hint`)}
            onClick={() => inject(k)}
          >
            {t(`lab.fault.${k}`)}
          </button>
        ))}
      </div>
      {faults.length > 0 && (
        <div className="lab-faults-row lab-faults-list">
          <ul aria-label={t('lab.injected')}>
            {faults.map((f, i) => (
              <li key={i}>
                {t('lab.faultAt', {
                  fault: t(`lab.fault.${f.kind}`),
                  lane: f.lane === 'all' ? t('lab.allLanes') : t(`lab.lane.${f.lane}`),
                  time: (f.at / 1000).toFixed(1),
                })}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="lab-small"
            onClick={() => lab.state.getState().clearFaults()}
          >
            {t('lab.clearFaults')}
          </button>
        </div>
      )}
    </div>
  );
}
