// Every view of the app, in navigation order. The shell builds the left navigation,
// the keyboard shortcuts, the routes (#/<id>/...) and the shortcuts help from this list.
//
// Adding or replacing a view is one line. A feature puts its view in
// renderer/src/views/<feature>/<Name>View.tsx with a default export taking ViewProps and
// points `component` at it with a lazy import (its code then loads on first visit):
//
//   component: lazy(() => import('./players/PlayersView')),
//
// Conventions the shell and e2e/shell.spec.ts rely on: the view renders <ViewHeader
// title={label} /> (one h1 equal to the label), and its sub-routes come as route.params
// (#/players/00-0033873 -> params ["00-0033873"]); link with hrefFor('players/<id>') or
// useStore((s) => s.navigate).
import { lazy, type ComponentType } from 'react';
import type { Route } from '../stores/routeSlice';
import {
  IconAbout,
  IconData,
  IconDraft,
  IconFeedback,
  IconLeagues,
  IconModel,
  IconPlayers,
  IconRankings,
  IconSettings,
  type IconComponent,
} from '../components/icons';

export interface ViewProps {
  route: Route;
}

export interface ViewDef {
  /** Route segment and stable id: #/players. */
  id: string;
  /** Navigation label and the view's h1. */
  label: string;
  /** Navigation section. */
  group: 'Scout' | 'Draft' | 'App';
  icon: IconComponent;
  /** Alt+<digit> and g then <letter> open the view (see shell/useShortcuts.ts). */
  digit: string;
  letter: string;
  component: ComponentType<ViewProps>;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'players', label: 'Players', group: 'Scout', icon: IconPlayers, digit: '1', letter: 'p', component: lazy(() => import('./players/PlayersView')) },
  { id: 'rankings', label: 'Rankings', group: 'Scout', icon: IconRankings, digit: '2', letter: 'r', component: lazy(() => import('./rankings/RankingsView')) },
  { id: 'model', label: 'Model', group: 'Scout', icon: IconModel, digit: '9', letter: 'm', component: lazy(() => import('./model/ModelView')) },
  { id: 'draft', label: 'Draft', group: 'Draft', icon: IconDraft, digit: '3', letter: 'd', component: lazy(() => import('./draft/DraftView')) },
  { id: 'leagues', label: 'Leagues', group: 'Draft', icon: IconLeagues, digit: '4', letter: 'l', component: lazy(() => import('./leagues/LeaguesView')) },
  { id: 'feedback', label: 'Feedback', group: 'App', icon: IconFeedback, digit: '5', letter: 'f', component: lazy(() => import('./feedback/FeedbackView')) },
  { id: 'data', label: 'Data', group: 'App', icon: IconData, digit: '6', letter: 'i', component: lazy(() => import('./data/DataView')) },
  { id: 'settings', label: 'Settings', group: 'App', icon: IconSettings, digit: '7', letter: 's', component: lazy(() => import('./settings/SettingsView')) },
  { id: 'about', label: 'About', group: 'App', icon: IconAbout, digit: '8', letter: 'a', component: lazy(() => import('./about/AboutView')) },
];

export function findView(id: string): ViewDef | undefined {
  return VIEWS.find((v) => v.id === id);
}
