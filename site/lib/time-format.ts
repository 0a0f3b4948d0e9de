/** Minutes since midnight as HH:MM; 1440 is written 24:00 (open until midnight). Shared by build and browser. */
export const hhmmOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
