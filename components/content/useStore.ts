import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../utils/content/store';

export function useStore<S extends object>(store: Store<S>): S {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}
