// Prose of our own, long and function-word rich, to surround the blocks under test in the
// cleaning stage's tests: a block is judged among article paragraphs, as on a real page.
export const P1 =
  "Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles de la ville, après un débat de plus de trois heures dans une salle comble où les parents d'élèves étaient venus nombreux.";
export const P2 =
  "Selon l'adjointe chargée de l'éducation, les travaux commenceront dès le mois de juillet et devraient durer deux ans, le temps de remplacer les fenêtres, d'isoler les toitures et de refaire les cours de récréation.";
export const P3 =
  "L'opposition a dénoncé un calendrier trop serré et demandé que les associations de quartier soient consultées avant le début du chantier, ce que la maire a promis de faire dans les prochaines semaines.";
