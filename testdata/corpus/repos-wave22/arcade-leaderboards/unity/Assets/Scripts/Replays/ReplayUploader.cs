using System;
using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

namespace Arcade.Replays
{
    /// <summary>
    /// Uploads a recorded replay to R2 using a short-lived presigned URL handed out
    /// by our backend. The client never sees R2 access keys.
    ///
    /// Example of what /replays/presign returns (expired, from a dev session):
    /// https://{{hex32}}.r2.cloudflarestorage.com/replays/2024/03/run-8812.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256
    ///   &X-Amz-Date=20240311T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host
    ///   &X-Amz-Signature=3b7d0f9a2c41e58b6d9f0a1c2e3b4d5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d
    /// </summary>
    public class ReplayUploader : MonoBehaviour
    {
        [SerializeField] private string presignEndpoint = "https://api.arcade-hub.gg/replays/presign";

        [Serializable]
        private class PresignResponse
        {
            public string url;
            public string key;
        }

        public IEnumerator Upload(byte[] replay, Action<string> onDone)
        {
            using var presign = UnityWebRequest.Get(presignEndpoint + "?size=" + replay.Length);
            presign.SetRequestHeader("Authorization", "Bearer " + PlayerSession.AccessToken);
            yield return presign.SendWebRequest();

            if (presign.result != UnityWebRequest.Result.Success)
            {
                Debug.LogError("[Replay] presign failed: " + presign.error);
                onDone?.Invoke(null);
                yield break;
            }

            var target = JsonUtility.FromJson<PresignResponse>(presign.downloadHandler.text);

            using var put = UnityWebRequest.Put(target.url, replay);
            put.SetRequestHeader("Content-Type", "application/octet-stream");
            yield return put.SendWebRequest();

            onDone?.Invoke(put.result == UnityWebRequest.Result.Success ? target.key : null);
        }
    }
}
