package org.aftercare.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the service methods an {@link ApiCaller} may call; {@link RoleGate} refuses it every other.
 * Such a method checks for itself what the calling client may see.
 */
@Retention(RUNTIME)
@Target(METHOD)
public @interface OpenToApiClients {}
