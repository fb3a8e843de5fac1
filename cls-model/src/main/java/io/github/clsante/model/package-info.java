/**
 * The CLS domain model: a {@link io.github.clsante.model.Contract} (contrat local de santé) and its
 * {@link io.github.clsante.model.Axis axes}, {@link io.github.clsante.model.ActionSheet action sheets},
 * signatories, governance and evaluation.
 *
 * <p>Every type is immutable and null-hostile: optional data is an {@code Optional} or an empty
 * collection. Build values with {@code X.builder()} ({@code Contract.builder().id("cls-murat")…build()});
 * change one by copying it with its {@code withY} methods ({@code contract.withStatus(ContractStatus.SIGNED)}
 * returns a new contract); {@code X.copyOf(x)} makes an immutable copy of any implementation, and
 * {@code X.builder().from(x)} a builder holding its values. The implementation classes are not part of
 * the API. Text is kept exactly as contracts write it (’ and ', « », œ).
 * The model holds wrong contracts (duplicate numbers, bad identifiers, dangling references) without
 * error, so that validation can report on them; only a missing required attribute or a {@code null}
 * is refused at construction.
 *
 * <h2>Glossary (English ↔ French)</h2>
 * <table>
 * <caption>Model types and the French terms of the domain</caption>
 * <tr><th>Type</th><th>French</th></tr>
 * <tr><td>{@link io.github.clsante.model.Contract}</td><td>contrat local de santé (CLS)</td></tr>
 * <tr><td>{@link io.github.clsante.model.ContractStatus}</td><td>statut du contrat</td></tr>
 * <tr><td>{@link io.github.clsante.model.ContractReference}</td><td>contrat précédent</td></tr>
 * <tr><td>{@link io.github.clsante.model.Axis}</td><td>axe stratégique</td></tr>
 * <tr><td>{@link io.github.clsante.model.Objective}</td><td>objectif stratégique / opérationnel, sous-axe</td></tr>
 * <tr><td>{@link io.github.clsante.model.ActionSheet}</td><td>fiche action</td></tr>
 * <tr><td>{@link io.github.clsante.model.SheetStatus}</td><td>statut de la fiche</td></tr>
 * <tr><td>{@link io.github.clsante.model.Carrier}</td><td>porteur, collectivité porteuse</td></tr>
 * <tr><td>{@link io.github.clsante.model.Signatory}</td><td>signataire</td></tr>
 * <tr><td>{@link io.github.clsante.model.Coordinator}</td><td>coordonnateur CLS</td></tr>
 * <tr><td>{@link io.github.clsante.model.GovernanceBody}</td><td>instance de gouvernance (COPIL, COTECH…)</td></tr>
 * <tr><td>{@link io.github.clsante.model.Diagnostic}</td><td>diagnostic local de santé</td></tr>
 * <tr><td>{@link io.github.clsante.model.PrsReference}</td><td>projet régional de santé (PRS)</td></tr>
 * <tr><td>{@link io.github.clsante.model.SchemeLink}</td><td>lien avec un dispositif</td></tr>
 * <tr><td>{@link io.github.clsante.model.Amendment}</td><td>avenant</td></tr>
 * <tr><td>{@link io.github.clsante.model.Milestone}</td><td>étape, événement</td></tr>
 * <tr><td>{@link io.github.clsante.model.Period}</td><td>période, durée, calendrier</td></tr>
 * <tr><td>{@link io.github.clsante.model.PartialDate}</td><td>date (au jour, au mois ou à l’année)</td></tr>
 * <tr><td>{@link io.github.clsante.model.EuroAmount}</td><td>montant en euros</td></tr>
 * <tr><td>{@link io.github.clsante.model.Funding}</td><td>financement</td></tr>
 * <tr><td>{@link io.github.clsante.model.BudgetLine}</td><td>ligne budgétaire</td></tr>
 * <tr><td>{@link io.github.clsante.model.CitizenParticipation}</td><td>participation citoyenne</td></tr>
 * <tr><td>{@link io.github.clsante.model.FollowUpNote}</td><td>note de suivi</td></tr>
 * <tr><td>{@link io.github.clsante.model.TargetPublic}</td><td>public cible</td></tr>
 * <tr><td>{@link io.github.clsante.model.HealthDeterminant}</td><td>déterminant de santé</td></tr>
 * <tr><td>{@link io.github.clsante.model.party.Party}</td><td>acteur, partenaire, organisme</td></tr>
 * <tr><td>{@link io.github.clsante.model.party.PartyKind}</td><td>type d’acteur (ARS, EPCI, CPAM, GHT…)</td></tr>
 * <tr><td>{@link io.github.clsante.model.party.PartyCategory}</td><td>catégorie d’acteur (collectivité
 * territoriale ou groupement, services de l’État, assurance maladie…)</td></tr>
 * <tr><td>{@link io.github.clsante.model.party.PartyRef}</td><td>référence à un acteur</td></tr>
 * <tr><td>{@link io.github.clsante.model.party.Person}</td><td>personne, représentant, élu référent</td></tr>
 * <tr><td>{@link io.github.clsante.model.territory.Territory}</td><td>territoire, périmètre</td></tr>
 * <tr><td>{@link io.github.clsante.model.territory.Region}</td><td>région, ARS</td></tr>
 * <tr><td>{@link io.github.clsante.model.territory.FormerRegion}</td><td>ancienne région (avant 2016), son
 * ARS</td></tr>
 * <tr><td>{@link io.github.clsante.model.indicator.Indicator}</td><td>indicateur d’évaluation</td></tr>
 * <tr><td>{@link io.github.clsante.model.indicator.Baseline}</td><td>valeur de référence</td></tr>
 * <tr><td>{@link io.github.clsante.model.indicator.Target}</td><td>valeur cible</td></tr>
 * <tr><td>{@link io.github.clsante.model.indicator.Measurement}</td><td>valeur mesurée</td></tr>
 * <tr><td>{@link io.github.clsante.model.report.Finding}</td><td>constat (problème relevé)</td></tr>
 * <tr><td>{@link io.github.clsante.model.report.Report}</td><td>rapport</td></tr>
 * </table>
 */
@ClsStyle
package io.github.clsante.model;

import io.github.clsante.model.internal.ClsStyle;
