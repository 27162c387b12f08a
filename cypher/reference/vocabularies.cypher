// alliance-graph reference vocabularies: innovation phases, fragility domains, impact types.
// Taken from Le RAMEAU's documents (the Source nodes below); idempotent (MERGE on natural keys),
// so running it again changes nothing. Run it yourself with cypher-shell if you like.

MERGE (s:Source {id: 'observatoire-2019-impact'})
SET s.title = 'L’Observatoire des partenariats et le programme IMPACT : regards croisés chercheurs-praticiens',
    s.publisher = 'Observatoire des partenariats', s.date = '2019', s.kind = 'REPORT',
    s.file = '003_9d635c86bc99d531.txt';
MERGE (s:Source {id: 'lerameau-2018-phare'})
SET s.title = 'Le RAMEAU en quelques mots ; le programme PHARE', s.publisher = 'Le RAMEAU',
    s.date = '2018', s.kind = 'PRESENTATION', s.file = '002_10df83b495537ddb.txt';

// The five phases of the societal innovation process (Le RAMEAU).
UNWIND [
  {code: 'CONCEPTION', rank: 1, fr: 'Conception', en: 'Design',
   quote: 'La conception : les besoins sont repérés et analysés ; des idées de solutions émergent.'},
  {code: 'EXPERIMENTATION', rank: 2, fr: 'Expérimentation', en: 'Experimentation',
   quote: 'L’expérimentation : les solutions imaginées sont testées.'},
  {code: 'MODELISATION', rank: 3, fr: 'Modélisation', en: 'Modelling',
   quote: 'La modélisation : il s’agit de formaliser les résultats de l’expérimentation'},
  {code: 'ESSAIMAGE', rank: 4, fr: 'Essaimage', en: 'Spreading',
   quote: 'L’essaimage : c’est la 1ère phase du développement de l’innovation.'},
  {code: 'INDUSTRIALISATION', rank: 5, fr: 'Industrialisation', en: 'Scaling up',
   quote: 'L’industrialisation : l’innovation sociétale a pour finalité d’être diffusée largement'}
] AS p
MATCH (s:Source {id: 'observatoire-2019-impact'})
MERGE (n:InnovationPhase {code: p.code})
SET n.rank = p.rank, n.labelFr = p.fr, n.labelEn = p.en
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r.quote = p.quote;

// Fragility domains of the PHARE programme. The seed says 16 domains were retained but names only
// these eight; the list is marked incomplete rather than completed by guesswork.
UNWIND [
  {code: 'ENVIRONNEMENT', fr: 'L’environnement', en: 'Environment'},
  {code: 'EDUCATION', fr: 'L’éducation', en: 'Education'},
  {code: 'LIEN_SOCIAL_ISOLEMENT', fr: 'Le lien social, l’isolement', en: 'Social ties, isolation'},
  {code: 'PAUVRETE_PRECARITE', fr: 'La pauvreté, la précarité', en: 'Poverty, precariousness'},
  {code: 'CULTURE_LOISIRS', fr: 'La culture, les loisirs', en: 'Culture, leisure'},
  {code: 'DEVELOPPEMENT_ECONOMIQUE', fr: 'Le développement économique', en: 'Economic development'},
  {code: 'TRANSITION_ENERGETIQUE', fr: 'La transition énergétique', en: 'Energy transition'},
  {code: 'EMPLOI_CHOMAGE', fr: 'L’emploi, le chômage', en: 'Employment, unemployment'}
] AS d
MATCH (s:Source {id: 'lerameau-2018-phare'})
MERGE (n:FragilityDomain {code: d.code})
SET n.labelFr = d.fr, n.labelEn = d.en
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r.quote = '16 domaines ont été retenus pour identifier les fragilités des territoires', r.page = 'p. 6-12';

MERGE (l:Dataset {id: 'vocabulary:fragility-domains'})
SET l.complete = false, l.expectedCount = 16,
    l.note = 'The PHARE programme retained 16 fragility domains; the source documents name 8 of them.';

// The three natures of impact of alliances and their sub-impacts.
UNWIND [
  {code: 'PERFORMANCE', fr: 'Performance', en: 'Performance', parent: null},
  {code: 'INNOVATION', fr: 'Innovation', en: 'Innovation', parent: null},
  {code: 'CONFIANCE', fr: 'Confiance', en: 'Trust', parent: null},
  {code: 'PERFORMANCE_ACTEURS_ECONOMIQUES', parent: 'PERFORMANCE',
   fr: 'Performance des acteurs économiques au travers d’une RSE dynamique', en: 'Performance of economic actors through active CSR'},
  {code: 'PERFORMANCE_STRUCTURES_INTERET_GENERAL', parent: 'PERFORMANCE',
   fr: 'Performance des structures d’intérêt général au travers de l’hybridation des modèles socio-économiques',
   en: 'Performance of public-interest organisations through hybrid socio-economic models'},
  {code: 'PERFORMANCE_ACTEURS_PUBLICS', parent: 'PERFORMANCE',
   fr: 'Performance des acteurs publics pour co-construire les politiques publiques', en: 'Performance of public actors co-building public policy'},
  {code: 'INNOVATION_TERRITORIALE', parent: 'INNOVATION',
   fr: 'Innovation territoriale pour répondre en proximité aux besoins du territoire', en: 'Territorial innovation meeting local needs'},
  {code: 'INNOVATION_SOCIETALE', parent: 'INNOVATION',
   fr: 'Innovation sociétale pour inventer à grande échelle des solutions transformatrices', en: 'Societal innovation at scale'},
  {code: 'CONFIANCE_HOMMES', parent: 'CONFIANCE',
   fr: 'Confiance des Hommes en donnant envie de s’engager', en: 'Trust of people, making them want to engage'},
  {code: 'CONFIANCE_TERRITOIRES', parent: 'CONFIANCE',
   fr: 'Confiance des Territoires en démontrant par la preuve notre capacité collective', en: 'Trust of territories, shown by proof of collective capacity'}
] AS i
MATCH (s:Source {id: 'lerameau-2018-phare'})
MERGE (n:ImpactType {code: i.code})
SET n.labelFr = i.fr, n.labelEn = i.en
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r.quote = 'Les démarches apprenantes produisent 3 natures d’impact', r.page = 'p. 10'
WITH n, i WHERE i.parent IS NOT NULL
MATCH (p:ImpactType {code: i.parent})
MERGE (n)-[:PART_OF]->(p);
