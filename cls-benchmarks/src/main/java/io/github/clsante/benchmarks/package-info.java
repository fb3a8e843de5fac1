/**
 * The SDK's JMH benchmarks (bancs d’essai), each paired in the same run with the baseline a user would
 * otherwise use: jackson-core's token loop and Jackson databind for reading, java-json-canonicalization
 * for the canonical form, networknt json-schema-validator with the published schema for validation.
 * Not API, not published: run on demand, as {@code BENCHMARKS.md} says.
 */
package io.github.clsante.benchmarks;
