package io.github.clsante.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field rules of the model types that no built-in constraint fits (identifiers, e-mail addresses:
 * see {@link FieldChecks}), as one Jakarta Validation constraint. It is attached to the model's types by
 * {@link Validators}' programmatic mapping, so the model itself carries no validation annotation; each
 * violation carries a {@link Violation} as its dynamic payload.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {FieldChecks.IdentifierCheck.class, FieldChecks.ContactCheck.class})
public @interface ClsCheck {

  /**
   * Returns the message template (unused: findings are rendered from the rule catalogue).
   *
   * @return the template
   */
  String message() default "";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
