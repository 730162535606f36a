// Every unit test gets a fresh in-memory IndexedDB, so Dexie code runs unchanged under Node.
import 'fake-indexeddb/auto';
