import { fakeBrowser } from 'wxt/testing';

/*
 * WXT's fake browser leaves `management` unimplemented (every call throws "not implemented"), so
 * each background test that starts discovery logged a stack of those errors. An empty in-memory
 * stand-in: no other extensions installed, events that never fire. A test that needs extensions
 * replaces these functions itself.
 */
const noEvent = () => ({ addListener() {}, removeListener() {}, hasListener: () => false });
const management = fakeBrowser.management as unknown as Record<string, unknown>;
management.getAll = async () => [];
management.onInstalled = noEvent();
management.onUninstalled = noEvent();
management.onEnabled = noEvent();
management.onDisabled = noEvent();
