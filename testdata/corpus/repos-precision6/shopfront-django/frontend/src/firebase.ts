// Firebase is only used for push notifications (FCM) in the storefront PWA.
// These values are *not* secrets — Firebase web config is shipped to every browser.
// Lock the key down with HTTP referrer restrictions in Google Cloud Console instead.
import { initializeApp } from "firebase/app";
import { getMessaging, getToken, isSupported } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "AIzaQfUa8xuLGUJtdcl2rAvzK65Fy69VYyZ28TB",
  authDomain: "northwind-shop.firebaseapp.com",
  projectId: "northwind-shop",
  storageBucket: "northwind-shop.appspot.com",
  messagingSenderId: "804412337190",
  appId: "1:804412337190:web:66b858a465094b12761fbe",
  measurementId: "G-7QK2Z9XH1C",
};

// Store locator map (Maps JavaScript API, referrer-restricted)
export const GOOGLE_MAPS_API_KEY = "AIzajYWa-GUF-JD5Yrb614tOC6eqgXJIwyMsSnv";

// VAPID public key from Firebase console > Cloud Messaging > Web Push certificates
const VAPID_KEY =
  "BJ2f8q5mR7k0x9Vw1Zs3Yt4Ua6Lb8Nc0Pd2Qe4Rf6Sg8Th0Ui2Vj4Wk6Xl8Ym0Zn2Ao4Bp6Cq8Dr0Es2Ft4Gu6Hv8";

export const app = initializeApp(firebaseConfig);

export async function registerPush(): Promise<string | null> {
  if (!(await isSupported())) return null;
  const messaging = getMessaging(app);
  return getToken(messaging, { vapidKey: VAPID_KEY });
}
