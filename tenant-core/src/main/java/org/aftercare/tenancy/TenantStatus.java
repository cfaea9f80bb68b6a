package org.aftercare.tenancy;

public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
