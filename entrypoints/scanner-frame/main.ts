import { browser } from 'wxt/browser';
import { runScannerFrame } from '../../src/content/scanner-host/frame';

runScannerFrame(browser.runtime.getURL('/scanner-worker.js'));
