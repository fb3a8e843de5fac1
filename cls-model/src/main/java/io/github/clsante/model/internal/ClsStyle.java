package io.github.clsante.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The Immutables style of every model type: not API.
 *
 * <p>The generated {@code ImmutableX} classes are package-private and hidden behind their interface
 * ({@code overshadowImplementation}): each model type {@code X} extends the generated {@code WithX} (its
 * copy methods, {@code withTitle}), declares a public {@code X.Builder} extending the generated builder,
 * and the static {@code X.builder()} and {@code X.copyOf(x)}. Collections are the JDK's
 * unmodifiable ones (no Guava), builder adders are singular ({@code addPilot}, {@code addAllPilots}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = BuilderVisibility.PACKAGE,
    jdkOnly = true,
    jakarta = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    depluralizeDictionary = {
      "axis:axes", "party:parties", "body:bodies", "signatory:signatories", "annex:annexes",
      "priority:priorities", "basis:bases", "entity:entities", "series:series"
    },
    headerComments = false,
    generateSuppressAllWarnings = true)
public @interface ClsStyle {}
