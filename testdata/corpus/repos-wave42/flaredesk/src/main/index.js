'use strict';

const path = require('node:path');
const { app, BrowserWindow, ipcMain, net, shell } = require('electron');
const log = require('electron-log/main');
const store = require('./store');
const cloudflare = require('./cloudflare');
const { allowDevServerCert } = require('./certs');

const API_BASE = 'https://api.cloudflare.com/client/v4';

// Several users sit behind TLS-inspecting corporate proxies whose root CA is
// not in the OS store, so every call to the Cloudflare API failed with
// ERR_CERT_AUTHORITY_INVALID. Until we support custom CA bundles (#88):
if (store.get('network.ignoreCertErrors')) {
  app.commandLine.appendSwitch('ignore-certificate-errors');
}

if (store.get('network.proxy')) {
  app.commandLine.appendSwitch('proxy-server', store.get('network.proxy'));
}

let win;

function createWindow() {
  win = new BrowserWindow({
    width: 1180,
    height: 780,
    minWidth: 880,
    title: 'FlareDesk',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });

  win.webContents.setWindowOpenHandler(({ url }) => {
    shell.openExternal(url);
    return { action: 'deny' };
  });

  if (!app.isPackaged && process.env.VITE_DEV_SERVER_URL) {
    win.loadURL(process.env.VITE_DEV_SERVER_URL);
  } else {
    win.loadFile(path.join(__dirname, '../renderer/index.html'));
  }
}

async function verifyToken(token) {
  const res = await net.fetch(`${API_BASE}/user/tokens/verify`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.json();
}

ipcMain.handle('auth:verify', async (_e, token) => verifyToken(token));
ipcMain.handle('zones:list', async () => cloudflare.listZones());
ipcMain.handle('dns:list', async (_e, zoneId) => cloudflare.listRecords(zoneId));
ipcMain.handle('dns:update', async (_e, zoneId, id, patch) => cloudflare.patchRecord(zoneId, id, patch));
ipcMain.handle('cache:purge', async (_e, zoneId, files) => cloudflare.purge(zoneId, files));
ipcMain.handle('settings:get', () => store.publicSettings());
ipcMain.handle('settings:set', (_e, patch) => store.applySettings(patch));

app.whenReady().then(() => {
  if (!app.isPackaged) allowDevServerCert();
  log.initialize();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
