import { useState } from 'react';
import { IconCheck, IconCopy } from './icons';

/** A shell command the user can read and copy in one click. */
export function CommandLine({ command }: { command: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(command).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false), // clipboard refused: the command is still selectable
    );
  };
  return (
    <div className="command-line">
      <code>
        <span className="command-prompt" aria-hidden="true">
          $
        </span>
        {command}
      </code>
      <button type="button" className="btn ghost icon small" onClick={copy} aria-label={`Copy: ${command}`} title="Copy">
        {copied ? <IconCheck /> : <IconCopy />}
      </button>
    </div>
  );
}
