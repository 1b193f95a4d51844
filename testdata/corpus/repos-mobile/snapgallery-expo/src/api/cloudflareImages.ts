import Constants from "expo-constants";
import * as FileSystem from "expo-file-system";

const API_BASE = process.env.EXPO_PUBLIC_API_BASE_URL!;
const ACCOUNT_HASH = Constants.expoConfig?.extra?.cloudflare?.accountHash as string;

type DirectUploadResponse = {
  id: string;
  uploadURL: string; // e.g. https://upload.imagedelivery.net/Vi7wi5KSItxGFsWRG2Us6Q/<image-id>
};

/**
 * Direct Creator Upload: our backend calls
 *   POST https://api.cloudflare.com/client/v4/accounts/{account_id}/images/v2/direct_upload
 * with its own token and hands us a one-time uploadURL. The app never holds the API token.
 */
export async function requestUploadUrl(sessionJwt: string): Promise<DirectUploadResponse> {
  const res = await fetch(`${API_BASE}/v1/uploads/image`, {
    method: "POST",
    headers: { Authorization: `Bearer ${sessionJwt}` },
  });
  if (!res.ok) throw new Error(`upload url request failed: ${res.status}`);
  return res.json();
}

export async function uploadPhoto(localUri: string, sessionJwt: string) {
  const { id, uploadURL } = await requestUploadUrl(sessionJwt);
  const result = await FileSystem.uploadAsync(uploadURL, localUri, {
    httpMethod: "POST",
    uploadType: FileSystem.FileSystemUploadType.MULTIPART,
    fieldName: "file",
  });
  if (result.status !== 200) throw new Error(`image upload failed: ${result.body}`);
  return id;
}

export function deliveryUrl(imageId: string, variant = "public") {
  // e.g. https://imagedelivery.net/Vi7wi5KSItxGFsWRG2Us6Q/083eb7b2-5392-4565-b69e-aff66acddd00/public
  return `https://imagedelivery.net/${ACCOUNT_HASH}/${imageId}/${variant}`;
}
