using System;
using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

namespace Arcade.Networking
{
    /// <summary>
    /// Pushes the local high-score table into a Workers KV namespace so the
    /// web leaderboard (a Worker) can render it. Attached to the Bootstrap prefab.
    /// </summary>
    public class CloudflareKvSync : MonoBehaviour
    {
        private const string ApiBase = "https://api.cloudflare.com/client/v4";

        [Header("Cloudflare")]
        [SerializeField] private string accountId = "{{hex32}}";
        [SerializeField] private string namespaceId = "{{hex32}}";
        [SerializeField] private string apiToken = "{{cfut}}";

        [Header("Sync")]
        [SerializeField, Range(10f, 600f)] private float intervalSeconds = 120f;
        [SerializeField] private bool syncOnStart = true;

        private Coroutine _loop;

        private void Start()
        {
            if (syncOnStart)
            {
                _loop = StartCoroutine(SyncLoop());
            }
        }

        private void OnDisable()
        {
            if (_loop != null) StopCoroutine(_loop);
        }

        private IEnumerator SyncLoop()
        {
            var wait = new WaitForSecondsRealtime(intervalSeconds);
            while (true)
            {
                yield return PutValue("scores:" + Application.version, ScoreTable.Instance.ToJson());
                yield return wait;
            }
        }

        private IEnumerator PutValue(string key, string json)
        {
            var url = $"{ApiBase}/accounts/{accountId}/storage/kv/namespaces/{namespaceId}/values/{UnityWebRequest.EscapeURL(key)}";
            using var req = new UnityWebRequest(url, UnityWebRequest.kHttpVerbPUT);
            req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
            req.downloadHandler = new DownloadHandlerBuffer();
            req.SetRequestHeader("Authorization", "Bearer " + apiToken);
            req.SetRequestHeader("Content-Type", "application/json");
            req.timeout = 15;

            yield return req.SendWebRequest();

            if (req.result != UnityWebRequest.Result.Success)
            {
                Debug.LogWarning($"[KvSync] PUT {key} failed: {req.responseCode} {req.error}");
            }
        }
    }
}
