import type { RulePack } from '../types';
import { expand } from './shared';

// Code de la santé publique L5122-15 (publicité pour des produits présentés comme bénéfiques pour la santé);
// Code de la consommation L121-2 (pratiques commerciales trompeuses).
const MALADIES = [
  'le cancer', 'les cancers', 'cancer', 'le diabete', 'diabete', "l'arthrite", 'arthrite', "l'arthrose", 'arthrose', 'le covid', 'covid',
  'covid-19', 'le coronavirus', "l'hypertension", 'hypertension', "l'eczema", 'eczema', 'le psoriasis', 'psoriasis', "l'insomnie",
  'insomnie', 'la depression', 'depression', 'alzheimer', 'la maladie d alzheimer', 'la demence', "l'asthme", 'asthme', 'les infections',
  'infections', 'la grippe', 'grippe', 'les maladies', 'maladies', 'la maladie', 'les migraines', 'migraines', 'les rhumatismes',
  "l'obesite", 'obesite', 'les tumeurs', 'tumeurs', "l'osteoporose",
];
const VERBES = ['guerit', 'guerissent', 'guerir', 'soigne', 'soignent', 'soigner', 'traite', 'traitent', 'traiter', 'previent', 'previennent', 'prevenir', 'combat', 'combattent', 'lutte contre', 'luttent contre', 'eliminent', 'contre', 'elimine', 'vient a bout de', 'traitement de', 'traitement du', 'remede contre', 'protege contre', 'protege du', 'protege de'];

export const frPack: RulePack = {
  id: 'fr',
  locales: ['fr'],
  rules: [
    {
      id: 'fr.absolute_claim.rank',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['fr'],
      patterns: [
        'numéro 1', 'numéro un', 'le numéro un', 'le meilleur du monde', 'la meilleure du monde', 'les meilleurs du monde',
        'meilleur au monde', 'meilleure au monde', 'efficacité garantie', 'résultats garantis', 'résultat garanti', 'succès garanti',
        'le meilleur du marché', 'la meilleure du marché',
      ],
      exceptions: [{ precededBy: ['taille', 'article', 'modele', 'etape', 'page', 'piece'] }],
      message: 'allégation de primauté ou de résultat garanti',
    },
    {
      id: 'fr.absolute_claim.superlative',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['fr'],
      patterns: [
        'le meilleur', 'la meilleure', 'les meilleurs', 'les meilleures', 'du meilleur', 'meilleur prix', 'meilleure qualité',
        'meilleur rapport qualité-prix', 'imbattable', 'imbattables', 'inégalé', 'inégalée', 'inégalable', 'le moins cher', 'la moins chère',
        'révolutionnaire', 'leader mondial', 'leader du marché', 'la plus vendue', 'le plus vendu', 'meilleure vente', 'meilleures ventes',
        'qualité supérieure inégalée', 'sans égal',
      ],
      exceptions: [
        { followedBy: ['du monde', 'au monde', 'du marche', 'de tous les temps'], window: 30, action: 'harden' },
        { followedBy: ['et pour le pire', 'avant', 'moyen de', 'des amis'] },
      ],
      message: 'superlatif',
    },
    {
      id: 'fr.medical_claim.guerison',
      family: 'medical_claim',
      severity: 'hard',
      locales: ['fr'],
      patterns: [
        'guérit', 'guérir', 'guérison', 'anti-cancer', 'anticancer', 'anticancéreux', 'anticancéreuse', 'remède miracle',
        'baisse la tension', 'fait baisser la tension', 'réduit la tension artérielle', 'fait baisser le cholestérol', 'réduit le cholestérol',
        'réduit la glycémie', ...expand(VERBES, MALADIES),
      ],
      exceptions: [{ precededBy: ['temps de', 'lampe de'] }],
      message: 'allégation thérapeutique',
    },
    {
      id: 'fr.medical_claim.bienetre',
      family: 'medical_claim',
      severity: 'soft',
      locales: ['fr'],
      patterns: [
        'renforce le système immunitaire', "renforce l'immunité", "booste l'immunité", 'stimule les défenses immunitaires', 'détox',
        'détoxifiant', 'détoxifiante', 'draine les toxines', 'cliniquement prouvé', 'cliniquement prouvée', 'cliniquement testé',
        'cliniquement démontré', 'soulage la douleur', 'soulage les douleurs', 'anti-inflammatoire', 'perte de poids', 'brûle les graisses',
        'brûle-graisse', 'minceur', 'qualité médicale', 'sans effets secondaires', 'recommandé par les médecins', 'antiviral', 'tue les virus',
        'pierres de guérison', 'vertus thérapeutiques',
      ],
      inflections: ['e', 's', 'es'],
      message: 'allégation de santé à justifier',
    },
    {
      id: 'fr.environmental_claim.climat',
      family: 'environmental_claim',
      severity: 'hard',
      locales: ['fr'],
      patterns: ['neutre en carbone', 'neutre pour le climat', 'climatiquement neutre', 'neutralité carbone', 'zéro carbone', 'zéro émission nette', 'bilan carbone neutre', 'compensé en carbone', 'carboneutre'],
      // Loi Climat et Résilience art. 12 (Code de l'environnement L229-68) and Directive (EU) 2024/825.
      message: 'allégation de neutralité carbone',
    },
    {
      id: 'fr.environmental_claim.generique',
      family: 'environmental_claim',
      severity: 'soft',
      locales: ['fr'],
      patterns: [
        'écologique', 'écologiques', 'éco-responsable', 'écoresponsable', 'éco-responsables', "respectueux de l'environnement",
        "respectueuse de l'environnement", 'respectueux de la planète', 'bon pour la planète', 'biodégradable', 'biodégradables',
        'compostable', 'zéro déchet', 'sans plastique', 'éco-conçu', 'écoconçu', 'durable et écologique', 'produit vert', 'éco-friendly',
      ],
      inflections: ['e', 's', 'es'],
      message: 'allégation environnementale générique',
    },
    {
      id: 'fr.sensitive.interdit',
      family: 'sensitive',
      severity: 'hard',
      locales: ['fr'],
      patterns: [
        'ivoire véritable', 'véritable ivoire', "ivoire d'éléphant", 'ivoire sculpté', 'sculpture en ivoire', 'corne de rhinocéros',
        'os de tigre', 'arme à feu', 'armes à feu', 'munitions', 'munition', 'croix gammée', 'nazi', 'nazie', 'cocaïne', 'héroïne',
        'poing américain', 'coup-de-poing américain', 'explosifs', 'couteau papillon', 'faux papiers', 'fausse monnaie', 'faux billets',
        'pistolet',
      ],
      exceptions: [{ precededBy: ['a eau', 'a colle', 'colle', 'de massage', 'a peinture', 'thermique', 'jouet', 'a air chaud', 'a calfeutrer', 'a silicone', 'a mousse'], followedBy: ['a eau', 'a colle', 'de massage', 'a peinture', 'thermique', 'jouet', 'a air chaud', 'a calfeutrer', 'a silicone', 'a mousse', 'de pulverisation', 'a bulles'] }],
      message: 'produit interdit ou réglementé',
    },
    {
      id: 'fr.sensitive.restreint',
      family: 'sensitive',
      severity: 'soft',
      locales: ['fr'],
      patterns: ['caméra espion', 'caméra cachée', 'mini caméra espion', 'cigarette électronique', 'e-cigarette', 'nicotine', 'tabac', 'cannabis', 'bombe lacrymogène', 'gaz lacrymogène', 'sextoy', 'jouet érotique', 'jeux d’argent', 'arbalète', 'airsoft'],
      message: 'catégorie réglementée',
    },
    {
      id: 'fr.counterfeit.copie',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['fr'],
      patterns: ['réplique', 'répliques', 'contrefaçon', 'contrefaçons', 'contrefait', 'contrefaite', 'copie conforme', 'copie de marque', 'imitation de marque', 'faux sac', 'fausse montre', 'faux luxe'],
      exceptions: [
        { precededBy: ['pas de', 'aucune', 'lutte contre la', 'anti'], followedBy: ["a l'echelle", 'de musee', 'miniature', 'de fossile'] },
      ],
      message: 'signal de contrefaçon',
    },
  ],
};
