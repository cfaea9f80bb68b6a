package org.aftercare.tenancy.persistence;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks a service whose persistence work runs in the current clinic's scope. */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface TenantAware {}
