/**
 * Whether a process of this pid runs and may be signalled by this one (signal 0 only checks). A
 * process of another user counts as gone: nothing of ours can be its.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
