/**
 * World files and stored worlds, in the simulation controls (visible in every place):
 * - "Export simulation" downloads the open world as a JSON file (a Blob URL and an <a download>; nothing leaves
 *   the machine);
 * - "Import simulation" reads a file picked by the user: a bad file is refused whole with a role="alert" message
 *   (a dismissible Notice) naming the field and why, and nothing changes; a good one is stored as a new world and opened;
 * - "Open simulation" lists the stored worlds (name, model, simulated time of the last save, created) and switches
 *   to the one picked;
 * - "Rename simulation" renames the open world (text box "Simulation name", "Save name" / "Cancel renaming"); a
 *   refused name is an alert and changes nothing;
 * - "Delete simulation" asks first ("Delete for good" / "Keep simulation"), then deletes the open world and opens the
 *   most recent other one; the only stored world cannot be deleted.
 */
import { useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { worldListing } from '../storage/worldName';
import type { WorldRecord } from '../storage/worldRecord';
import type { WorldHost } from '../session/worldHost';
import { Notice } from './Notice';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function WorldFiles({ host, currentId }: { host: WorldHost; currentId: string }) {
  const [worlds, setWorlds] = useState<WorldRecord[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'idle' | 'renaming' | 'deleting'>('idle');
  const [typedName, setTypedName] = useState('');
  /** Raised after a rename, to list the worlds again. */
  const [listed, setListed] = useState(0);
  const importId = useId();
  const openId = useId();
  const nameId = useId();
  const open = worlds.find((world) => world.id === currentId) ?? null;

  useEffect(() => {
    let live = true;
    host.storedWorlds().then(
      (stored) => live && setWorlds(stored),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [host, currentId, listed]);

  const run = (action: () => Promise<void>) => {
    setBusy(true);
    action()
      .then(() => setProblem(null))
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  };

  const exportWorld = () =>
    run(async () => {
      const file = await host.exportWorld();
      download(file.name, file.text);
    });

  const importWorld = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    run(async () => {
      try {
        await host.importWorld(await file.text(), file.size);
      } catch (error) {
        throw new Error(
          `Import refused, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
          {
            cause: error,
          },
        );
      } finally {
        input.value = '';
      }
    });
  };

  const startRenaming = () => {
    setTypedName(open?.name ?? '');
    setMode('renaming');
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    run(async () => {
      await host.renameWorld(typedName);
      setMode('idle');
      setListed((count) => count + 1);
    });
  };
  const deleteWorld = () =>
    run(async () => {
      setMode('idle');
      await host.deleteWorld();
      setListed((count) => count + 1);
    });

  return (
    <span className="world-files">
      <button type="button" onClick={exportWorld} disabled={busy}>
        Export simulation
      </button>
      {/* The input before its label: the input is visually hidden, and its focus ring is drawn on the label. */}
      <input
        id={importId}
        className="file-input"
        type="file"
        accept="application/json,.json"
        onChange={importWorld}
        disabled={busy}
      />
      <label htmlFor={importId} className="file-button">
        Import simulation
      </label>
      <span className="open-world">
        <label htmlFor={openId}>Open simulation</label>
        <select
          id={openId}
          value={currentId}
          disabled={busy}
          onChange={(event) => run(() => host.openWorld(event.target.value))}
        >
          {worlds.length === 0 && <option value={currentId}>This simulation</option>}
          {worlds.map((world) => (
            <option key={world.id} value={world.id}>
              {worldListing(world)}
            </option>
          ))}
        </select>
      </span>
      <button type="button" onClick={startRenaming} disabled={busy || mode !== 'idle'}>
        Rename simulation
      </button>
      <button type="button" onClick={() => setMode('deleting')} disabled={busy || mode !== 'idle'}>
        Delete simulation
      </button>
      {mode === 'renaming' && (
        <form className="world-rename" onSubmit={rename}>
          <label htmlFor={nameId}>Simulation name</label>
          <input
            id={nameId}
            type="text"
            value={typedName}
            onChange={(event) => setTypedName(event.target.value)}
            autoFocus
          />
          <button type="submit" disabled={busy}>
            Save name
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel renaming
          </button>
        </form>
      )}
      {mode === 'deleting' && (
        <span className="world-delete" role="group" aria-label="Confirm deletion">
          <span>Delete “{open?.name ?? 'this simulation'}” and everything in it? This cannot be undone.</span>
          <button type="button" onClick={deleteWorld} disabled={busy} autoFocus>
            Delete for good
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Keep simulation
          </button>
        </span>
      )}
      {problem !== null && (
        <Notice tone="problem" role="alert" onDismiss={() => setProblem(null)}>
          {problem}
        </Notice>
      )}
    </span>
  );
}
