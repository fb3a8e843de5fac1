/**
 * Examples of the CLS SDK: the five real seed contracts built with the model ({@link
 * io.github.clsante.examples.SeedContracts}), and a runnable quick start that summarises them
 * ({@link io.github.clsante.examples.QuickStart}).
 *
 * <p>The seed contracts hold exactly what their public pages say: Agglopolys (Blois, 2022-2027, 19
 * action sheets), the Communauté de communes des Villes sœurs (2018-2020), Le Havre Seine Métropole
 * (in preparation), Chartres métropole (signed on 17 February 2020) and the communauté
 * d’agglomération Lens-Liévin (signed in September 2019).
 */
package io.github.clsante.examples;
