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

// The typologies the seeds define, each term with the words that define it. The five mayor
// profiles: the slide lists the five names, then five descriptions; each description is given to the
// profile its words describe (the text extraction does not keep the slide's columns), said in `note`.
MERGE (s:Source {id: 'lerameau-2017-performance'})
SET s.title = 'Note prospective « Les impacts des alliances sur la performance des organisations »',
    s.publisher = 'Le RAMEAU', s.date = '2017-12', s.kind = 'NOTE', s.file = '004_c2f7d8434c3480e9.txt';
UNWIND [
  {code: 'MAYOR_PROFILE', rank: 1, fr: 'Profils de maires face à la co-construction', en: 'Mayor profiles facing co-construction',
   source: 'lerameau-2018-phare', quote: '5 profils de maires face à la co-construction',
   note: 'Chaque description est rattachée au profil que ses mots décrivent : l’extraction du texte de la diapositive ne garde pas ses colonnes. / Each description is given to the profile its words describe: the slide’s text extraction does not keep its columns.',
   terms: [
     {code: 'IDEALISTES', fr: 'Les Idéalistes', en: 'The Idealists',
      quote: 'Des Maires très conceptuels avec de grands idéaux. Ils parlent « égalité des territoires » « de gouvernance ouverte » « d’intelligence collective »'},
     {code: 'VOLONTAIRES', fr: 'Les Volontaires', en: 'The Determined',
      quote: 'Des maires très actifs indépendants, voire en recherche de liberté: « bâtir des projets » « plus de liberté » « soutenir des projets porteurs d’innovation »'},
     {code: 'COORDINATEURS', fr: 'Les Coordinateurs', en: 'The Coordinators',
      quote: 'Des Maires très participatifs; Leur champ lexical est relationnel. Ils parlent de participation citoyenne de coordination entre ls acteurs et d’échanges citoyens'},
     {code: 'BATISSEURS', fr: 'Les Bâtisseurs', en: 'The Builders',
      quote: 'Des Maires pragmatiques et concrets, leur champ lexical évoque « les terrains à bâtir, d’accession à la propriété » de « réhabilitation des logements » de nouveaux espaces citoyens.'},
     {code: 'GESTIONNAIRES', fr: 'Les Gestionnaires', en: 'The Managers',
      quote: 'Des maires rationnels et logiques. Leur champ lexical est orienté budget, subventions, aides financières pour les communes'}]},
  {code: 'EVALUATION_FORM', rank: 2, fr: 'Formes d’évaluation', en: 'Forms of evaluation',
   source: 'observatoire-2019-impact', quote: 'Selon l’angle analysé, il existe trois formes complémentaires d’évaluation', note: null,
   terms: [
     {code: 'PERFORMANCE', fr: 'De la performance', en: 'Of performance',
      quote: 'De la performance (Responsabilité Sociétale des Organisations)'},
     {code: 'PERTINENCE', fr: 'De la pertinence', en: 'Of relevance',
      quote: 'De la pertinence (impacts sur les besoins des Hommes et des territoires)'},
     {code: 'RELATION_PARTENARIALE', fr: 'De la relation partenariale', en: 'Of the partnership itself',
      quote: 'De la relation partenariale (évaluation partenariale)'}]},
  {code: 'EVALUATION_MATURITY', rank: 3, fr: 'Degrés de maturité de l’évaluation', en: 'Degrees of evaluation maturity',
   source: 'observatoire-2019-impact', quote: 'Selon le degré de maturité d’un projet, il existe trois degrés de maturité de l’évaluation', note: null,
   terms: [
     {code: 'SE_CONTER', fr: 'Se conter', en: 'Telling its story',
      quote: 'Se conter (savoir retracer le cheminement et faire le récit d’un parcours)'},
     {code: 'SE_COMPTER', fr: 'Se compter', en: 'Counting its peers',
      quote: 'Se compter (identifier les « pairs » à même degré de maturité pour mesurer l’avancement d’un concept ou d’une innovation)'},
     {code: 'COMPTER', fr: 'Compter', en: 'Measuring',
      quote: 'Compter (mesurer les résultats d’une action en phase de maturité et de déploiement)'}]},
  {code: 'TERRITORIAL_ENGINEERING', rank: 4, fr: 'Ingénieries de l’animation territoriale', en: 'Kinds of territorial engineering',
   source: 'observatoire-2019-impact', quote: 'L’animation territoriale peut être portée par 3 formes d’ingénieries complémentaires', note: null,
   terms: [
     {code: 'GESTION', fr: 'Ingénierie de gestion', en: 'Management engineering',
      quote: 'l’ingénierie de gestion (gestion des infrastructures, de mise en œuvre de la politique publique locale) portée en général par les collectivités'},
     {code: 'PROJET', fr: 'Ingénierie de projet', en: 'Project engineering',
      quote: 'l’ingénierie de projet (management de projet territorial)'},
     {code: 'INTERCONNAISSANCE', fr: 'Ingénierie de l’interconnaissance', en: 'Mutual-knowledge engineering',
      quote: 'l’ingénierie de l’interconnaissance. Celle-ci a pour mission de créer de l’interconnaissance entre les organisations autour d’enjeux du territoire. Elle intervient en amont de tout projet. Elle est portée par une diversité d’acteurs « catalyseurs territoriaux » : associations, entreprises, collectivités, acteurs académiques.'}]}
] AS t
MATCH (s:Source {id: t.source})
MERGE (y:Typology {code: t.code})
SET y.rank = t.rank, y.labelFr = t.fr, y.labelEn = t.en, y.note = t.note
MERGE (y)-[r:SOURCED_FROM]->(s)
SET r.quote = t.quote
WITH y, s, t
UNWIND range(0, size(t.terms) - 1) AS i
WITH y, s, t.terms[i] AS term, i
MERGE (n:TypologyTerm {typology: y.code, code: term.code})
SET n.rank = i + 1, n.labelFr = term.fr, n.labelEn = term.en
MERGE (n)-[:IN_TYPOLOGY]->(y)
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r.quote = term.quote;
