package org.aftercare.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the service methods an {@link ApiCaller} may call; {@link RoleGate} refuses it every other.
 * With scopes named, the gate lets in only a token that carries one of them, and the method then
 * acts with a clinician's reach (the clinic's own systems). Without, the method checks for itself
 * what the calling client may see (outside care teams, under consent).
 */
@Retention(RUNTIME)
@Target(METHOD)
public @interface OpenToApiClients {

  /** The scopes, any one of which lets a token in; none means the method decides. */
  ApiScope[] value() default {};
}
