/** The load (clients, loop, mix, seed, duration), the lane sizes, and the experiment presets. */
import { useId } from 'react';
import type { LoadMix } from '../../lab/types';
import { useT } from './i18n';
import { useLab, useLabState } from './context';
import type { LabState } from './labState';
import { PRESET_IDS } from './presets';
import { clampInt, LIMITS, MIX_KINDS, type LabSettings, type LabSizes } from './settings';

const selectSettings = (s: LabState) => s.settings;
const selectPreset = (s: LabState) => s.preset;

function Slider({
  label,
  value,
  limits,
  onChange,
  unit,
  step = 1,
}: {
  label: string;
  value: number;
  limits: readonly [number, number];
  onChange: (n: number) => void;
  unit?: string;
  step?: number;
}) {
  const id = useId();
  return (
    <div className="lab-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={limits[0]}
        max={limits[1]}
        step={step}
        value={value}
        onChange={(e) => onChange(clampInt(Number(e.currentTarget.value), limits))}
      />
      <output htmlFor={id}>
        {value}
        {unit ? ` ${unit}` : ''}
      </output>
    </div>
  );
}

export function LabSettingsForm() {
  const t = useT();
  const lab = useLab();
  const s = useLabState(selectSettings);
  const active = useLabState(selectPreset);
  const set = (next: LabSettings) => lab.state.getState().setSettings(next);
  const load = (patch: Partial<LabSettings['load']>) =>
    set({ ...s, load: { ...s.load, ...patch } });
  const mix = (k: keyof LoadMix, v: number) => load({ mix: { ...s.load.mix, [k]: v } });
  const size = (k: keyof LabSizes, v: number) => set({ ...s, sizes: { ...s.sizes, [k]: v } });

  return (
    <div className="lab-settings">
      <div className="lab-presets" role="group" aria-label={t('lab.presets')}>
        <span className="lab-presets-label">{t('lab.presets')}</span>
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="lab-preset"
            aria-pressed={active === id}
            onClick={() => lab.state.getState().applyPreset(id)}
          >
            {t(`lab.preset.${id}`)}
          </button>
        ))}
      </div>
      <div className="lab-settings-groups">
        <fieldset className="lab-group">
          <legend>{t('lab.load')}</legend>
          <div className="lab-segmented" role="radiogroup" aria-label={t('lab.mode')}>
            {(['closed', 'open'] as const).map((m) => (
              <button
                key={m}
                type="button"
                role="radio"
                aria-checked={s.load.mode === m}
                onClick={() => load({ mode: m })}
              >
                {t(`lab.mode.${m}`)}
              </button>
            ))}
          </div>
          {s.load.mode === 'closed' ? (
            <>
              <Slider
                label={t('lab.clients')}
                value={s.load.clients}
                limits={LIMITS.clients}
                onChange={(v) => load({ clients: v })}
              />
              <Slider
                label={t('lab.think')}
                value={s.load.thinkMs}
                limits={LIMITS.thinkMs}
                step={50}
                unit="ms"
                onChange={(v) => load({ thinkMs: v })}
              />
            </>
          ) : (
            <Slider
              label={t('lab.rate')}
              value={s.load.ratePerSec}
              limits={LIMITS.ratePerSec}
              unit="/s"
              onChange={(v) => load({ ratePerSec: v })}
            />
          )}
          <Slider
            label={t('lab.duration')}
            value={Math.round(s.load.durationMs / 1000)}
            limits={LIMITS.durationS}
            unit="s"
            onChange={(v) => load({ durationMs: v * 1000 })}
          />
          <div className="lab-field">
            <label htmlFor="lab-seed">{t('lab.seed')}</label>
            <input
              id="lab-seed"
              type="number"
              inputMode="numeric"
              min={LIMITS.seed[0]}
              max={LIMITS.seed[1]}
              value={s.load.seed}
              onChange={(e) => load({ seed: clampInt(Number(e.currentTarget.value), LIMITS.seed) })}
            />
            <button
              type="button"
              className="lab-small"
              onClick={() => load({ seed: (s.load.seed + 1) % (LIMITS.seed[1] + 1) })}
            >
              {t('lab.nextSeed')}
            </button>
          </div>
        </fieldset>
        <fieldset className="lab-group">
          <legend>{t('lab.mix')}</legend>
          {MIX_KINDS.map((k) => (
            <Slider
              key={k}
              label={t(`lab.mix.${k}`)}
              value={s.load.mix[k]}
              limits={LIMITS.mix}
              onChange={(v) => mix(k, v)}
            />
          ))}
        </fieldset>
        <fieldset className="lab-group">
          <legend>{t('lab.sizes')}</legend>
          <Slider
            label={t('lab.workers')}
            value={s.sizes.workers}
            limits={LIMITS.workers}
            onChange={(v) => size('workers', v)}
          />
          <Slider
            label={t('lab.processes')}
            value={s.sizes.processes}
            limits={LIMITS.processes}
            onChange={(v) => size('processes', v)}
          />
          <Slider
            label={t('lab.threads')}
            value={s.sizes.threads}
            limits={LIMITS.threads}
            onChange={(v) => size('threads', v)}
          />
          <Slider
            label={t('lab.loopWorkers')}
            value={s.sizes.loopWorkers}
            limits={LIMITS.loopWorkers}
            onChange={(v) => size('loopWorkers', v)}
          />
          <p className="lab-hint">{t('lab.cores')}</p>
        </fieldset>
      </div>
    </div>
  );
}
