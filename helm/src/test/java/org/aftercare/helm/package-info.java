/**
 * Tests of the Kubernetes chart in {@code helm/aftercare}: Helm (as a library, no cluster) lints
 * and renders it, and the tests read the rendered manifests as a hosting team's review would.
 */
package org.aftercare.helm;
