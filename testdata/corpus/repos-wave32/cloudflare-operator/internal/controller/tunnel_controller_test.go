package controller

import (
	"time"

	. "github.com/onsi/ginkgo/v2"
	. "github.com/onsi/gomega"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"

	cfv1alpha1 "github.com/tunnelworks/cloudflare-operator/api/v1alpha1"
)

var _ = Describe("Tunnel controller", func() {
	const (
		namespace  = "default"
		tunnelName = "edge"
		timeout    = 10 * time.Second
		interval   = 250 * time.Millisecond
	)

	It("mounts the tunnel credentials into the cloudflared deployment", func() {
		apiSecret := &corev1.Secret{
			ObjectMeta: metav1.ObjectMeta{Name: "cloudflare-api", Namespace: namespace},
			StringData: map[string]string{"apiToken": "test-token"},
		}
		Expect(k8sClient.Create(ctx, apiSecret)).To(Succeed())

		// Pre-existing tunnel: the controller must reuse these credentials
		// instead of creating a new tunnel through the (mocked) API.
		creds := &corev1.Secret{
			ObjectMeta: metav1.ObjectMeta{Name: tunnelName + "-tunnel-credentials", Namespace: namespace},
			StringData: map[string]string{
				"credentials.json": `{"AccountTag":"{{hex32}}","TunnelID":"{{uuid}}","TunnelSecret":"{{tunnelsecret}}"}`,
			},
		}
		Expect(k8sClient.Create(ctx, creds)).To(Succeed())

		tunnel := &cfv1alpha1.Tunnel{
			ObjectMeta: metav1.ObjectMeta{Name: tunnelName, Namespace: namespace},
			Spec: cfv1alpha1.TunnelSpec{
				AccountID:      "0123456789abcdef0123456789abcdef",
				SecretRef:      &corev1.LocalObjectReference{Name: "cloudflare-api"},
				CredentialsRef: &corev1.LocalObjectReference{Name: creds.Name},
				Replicas:       2,
			},
		}
		Expect(k8sClient.Create(ctx, tunnel)).To(Succeed())

		var deploy appsv1.Deployment
		Eventually(func() error {
			return k8sClient.Get(ctx, types.NamespacedName{Namespace: namespace, Name: tunnelName + "-cloudflared"}, &deploy)
		}, timeout, interval).Should(Succeed())

		Expect(*deploy.Spec.Replicas).To(BeEquivalentTo(2))
		Expect(deploy.Spec.Template.Spec.Volumes).To(ContainElement(HaveField("Secret.SecretName", creds.Name)))
		Expect(deploy.Spec.Template.Spec.Containers[0].Args).To(ContainElements(
			"tunnel", "--no-autoupdate", "run", "--credentials-file", "/etc/cloudflared/creds/credentials.json",
		))
	})

	It("reports a condition when the API secret is missing", func() {
		tunnel := &cfv1alpha1.Tunnel{
			ObjectMeta: metav1.ObjectMeta{Name: "orphan", Namespace: namespace},
			Spec: cfv1alpha1.TunnelSpec{
				AccountID: "0123456789abcdef0123456789abcdef",
				SecretRef: &corev1.LocalObjectReference{Name: "does-not-exist"},
			},
		}
		Expect(k8sClient.Create(ctx, tunnel)).To(Succeed())

		Eventually(func(g Gomega) {
			var got cfv1alpha1.Tunnel
			g.Expect(k8sClient.Get(ctx, types.NamespacedName{Namespace: namespace, Name: "orphan"}, &got)).To(Succeed())
			g.Expect(got.Status.Conditions).To(ContainElement(HaveField("Reason", "SecretNotFound")))
		}, timeout, interval).Should(Succeed())
	})
})
