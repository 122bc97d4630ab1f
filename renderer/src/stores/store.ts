// The renderer's one zustand store, made of typed slices. A feature adds its slice by
// writing `stores/<feature>Slice.ts` (a StateCreator<Store, [], [], FeatureSlice>) and
// adding it to the `Store` type and the spread below. Components select only what they
// use: `useStore((s) => s.settings)`, or `useStore(useShallow((s) => ({ a: s.a, b: s.b })))`
// for several values at once, so a change elsewhere does not re-render them.
import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './appSlice';
import { createJobsSlice, type JobsSlice } from './jobsSlice';
import { createRouteSlice, type RouteSlice } from './routeSlice';

export type Store = AppSlice & JobsSlice & RouteSlice;

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createJobsSlice(...a),
  ...createRouteSlice(...a),
}));
