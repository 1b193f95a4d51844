package controller

import (
	"context"
	"fmt"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/types"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/controller/controllerutil"
	"sigs.k8s.io/controller-runtime/pkg/log"

	cfv1alpha1 "github.com/tunnelworks/cloudflare-operator/api/v1alpha1"
	"github.com/tunnelworks/cloudflare-operator/internal/cfapi"
)

const finalizer = "cloudflare.tunnelworks.io/dns-record"

// DNSRecordReconciler reconciles a DNSRecord object.
type DNSRecordReconciler struct {
	client.Client
	Scheme       *runtime.Scheme
	DefaultCreds cfapi.Credentials
	Profile      string
}

// +kubebuilder:rbac:groups=cloudflare.tunnelworks.io,resources=dnsrecords,verbs=get;list;watch;update;patch
// +kubebuilder:rbac:groups=cloudflare.tunnelworks.io,resources=dnsrecords/status,verbs=get;update;patch
// +kubebuilder:rbac:groups="",resources=secrets,verbs=get;list;watch

func (r *DNSRecordReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	logger := log.FromContext(ctx)

	var rec cfv1alpha1.DNSRecord
	if err := r.Get(ctx, req.NamespacedName, &rec); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}

	creds, err := r.credentialsFor(ctx, &rec)
	if err != nil {
		return ctrl.Result{RequeueAfter: time.Minute}, err
	}
	cf, err := cfapi.NewClient(creds, cfapi.BaseURLOption(r.Profile))
	if err != nil {
		return ctrl.Result{}, err
	}

	if !rec.DeletionTimestamp.IsZero() {
		if rec.Status.RecordID != "" {
			if err := cf.DeleteRecord(ctx, rec.Status.ZoneID, rec.Status.RecordID); err != nil {
				return ctrl.Result{}, err
			}
		}
		controllerutil.RemoveFinalizer(&rec, finalizer)
		return ctrl.Result{}, r.Update(ctx, &rec)
	}
	if controllerutil.AddFinalizer(&rec, finalizer) {
		if err := r.Update(ctx, &rec); err != nil {
			return ctrl.Result{}, err
		}
	}

	zoneID, err := cf.ZoneID(ctx, rec.Spec.Zone)
	if err != nil {
		return ctrl.Result{}, err
	}
	id, err := cf.UpsertCNAME(ctx, zoneID, rec.Spec.Name, rec.Spec.Target, rec.Spec.Proxied)
	if err != nil {
		return ctrl.Result{}, fmt.Errorf("upserting %s: %w", rec.Spec.Name, err)
	}

	rec.Status.ZoneID, rec.Status.RecordID = zoneID, id
	logger.Info("record in sync", "name", rec.Spec.Name, "id", id)
	return ctrl.Result{RequeueAfter: 30 * time.Minute}, r.Status().Update(ctx, &rec)
}

// credentialsFor loads the Secret referenced by the record's account, falling
// back to the operator-wide token.
func (r *DNSRecordReconciler) credentialsFor(ctx context.Context, rec *cfv1alpha1.DNSRecord) (cfapi.Credentials, error) {
	if rec.Spec.SecretRef == nil {
		if creds, ok := cfapi.DevFallback(); ok {
			return creds, nil
		}
		return r.DefaultCreds, nil
	}
	var secret corev1.Secret
	key := types.NamespacedName{Namespace: rec.Namespace, Name: rec.Spec.SecretRef.Name}
	if err := r.Get(ctx, key, &secret); err != nil {
		if apierrors.IsNotFound(err) {
			return cfapi.Credentials{}, fmt.Errorf("secret %s not found", key)
		}
		return cfapi.Credentials{}, err
	}
	return cfapi.FromSecret(&secret)
}

// SetupWithManager sets up the controller with the Manager.
func (r *DNSRecordReconciler) SetupWithManager(mgr ctrl.Manager) error {
	return ctrl.NewControllerManagedBy(mgr).
		For(&cfv1alpha1.DNSRecord{}).
		Complete(r)
}
