/**
 * The implementation of the generators of {@code io.github.clsante.testing}: how values and contracts
 * are drawn. Not API: no other module uses it, and it may change in any release.
 */
package io.github.clsante.testing.internal;
