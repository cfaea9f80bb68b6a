package org.aftercare.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The roles that may call a service method (on a class: its every public method unless the method
 * says otherwise). A signed-in person holding none of them is refused before the method runs; what
 * a role may then reach of one client or one session is for {@link CareRelationships}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Requires {
  @Nonbinding
  Role[] value();
}
