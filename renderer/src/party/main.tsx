import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/wght.css';
import '../styles/tokens.css';
import '../styles/positions.css';
import './party.css';
import { GuestApp } from './GuestApp';

createRoot(document.getElementById('party')!).render(
  <StrictMode>
    <GuestApp />
  </StrictMode>,
);
