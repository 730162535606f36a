import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../utils/state/store';

export function useStore<S extends object>(store: Store<S>): S {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // Effects run after paint: catch up with anything set between the first render and this subscription.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  return state;
}
