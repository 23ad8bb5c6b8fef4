/** Small stroke icons for the playback buttons (decorative: the buttons carry the names). */
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M7 4.5v15l12-7.5z" fill="currentColor" />
  </svg>
);
export const PauseIcon = () => (
  <svg {...common}>
    <path d="M8 5v14M16 5v14" strokeWidth={3} />
  </svg>
);
export const BackIcon = () => (
  <svg {...common}>
    <path d="M15 5l-7 7 7 7" />
  </svg>
);
export const ForwardIcon = () => (
  <svg {...common}>
    <path d="M9 5l7 7-7 7" />
  </svg>
);
export const RestartIcon = () => (
  <svg {...common}>
    <path d="M6 5v14M18 5l-9 7 9 7z" />
  </svg>
);
export const EndIcon = () => (
  <svg {...common}>
    <path d="M18 5v14M6 5l9 7-9 7z" />
  </svg>
);
