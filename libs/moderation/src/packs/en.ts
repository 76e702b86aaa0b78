import type { RulePack } from '../types';
import { expand } from './shared';

/** Diseases: claiming to treat, cure or prevent them is a medicinal claim (EU Directive 2001/83/EC art. 1(2); US FD&C Act §201(g)). */
const DISEASES = [
  'cancer', 'cancers', 'tumor', 'tumors', 'tumour', 'tumours', 'diabetes', 'arthritis', 'covid', 'covid-19', 'coronavirus',
  'hypertension', 'high blood pressure', 'eczema', 'psoriasis', 'insomnia', 'depression', 'anxiety', 'alzheimer', "alzheimer's",
  'dementia', 'asthma', 'infection', 'infections', 'flu', 'influenza', 'the flu', 'obesity', 'heart disease', 'disease',
  'diseases', 'illness', 'illnesses', 'autism', 'adhd', 'migraine', 'migraines', 'gout', 'hepatitis', 'hiv', 'erectile dysfunction',
  'impotence', 'osteoporosis', 'rheumatism', 'parkinson', "parkinson's", 'stroke', 'colds', 'the common cold',
];
const DISEASE_VERBS = [
  'cure', 'cures', 'curing', 'treat', 'treats', 'treating', 'prevent', 'prevents', 'preventing', 'heal', 'heals', 'reverse',
  'reverses', 'fight', 'fights', 'fighting', 'eliminate', 'eliminates', 'beat', 'beats', 'protects against', 'protect against',
  'kills', 'kill', 'combats', 'combat', 'treatment for', 'treatment of', 'cure for', 'remedy for', 'protection against',
];
/** Conditions whose "treatment" is cosmetic or wellness talk: review, do not reject. */
const SOFT_CONDITIONS = ['acne', 'pimples', 'hair loss', 'cellulite', 'snoring', 'wrinkles', 'dandruff', 'back pain', 'joint pain', 'pain', 'inflammation', 'stress'];

export const enPack: RulePack = {
  id: 'en',
  locales: ['en'],
  rules: [
    // --- absolute and superlative claims -------------------------------------------------------------------
    {
      id: 'en.absolute_claim.world_rank',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['en'],
      patterns: [
        'number one', 'number 1', "world's best", 'worlds best', 'best in the world', 'best on the market', 'best on earth',
        'best ever', "world's no.1", "world's number one", "world's #1", 'the best quality in the world', 'top 1 brand',
        'the only one in the world', 'best of all time', 'number one brand', 'number one seller',
      ],
      exceptions: [{ precededBy: ['size', 'item', 'part', 'step', 'pack', 'set', 'page', 'model'] }],
      message: 'rank or world claim needs evidence',
    },
    {
      id: 'en.absolute_claim.superlative',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['en'],
      patterns: [
        'best', 'the best', 'best quality', 'best price', 'best value', 'best-selling', 'bestseller', 'best seller', 'highest quality',
        'lowest price', 'cheapest', 'finest', 'greatest', 'most popular', 'top rated', 'top-rated', 'unbeatable', 'unrivalled',
        'unrivaled', 'unmatched', 'unsurpassed', 'world-class', 'revolutionary', 'best-rated', 'highest rated', 'best in class',
        'best-in-class', "world's first", 'industry leading', 'industry-leading', 'market leader', 'world leader', 'world leading',
        'unbeatable quality',
      ],
      exceptions: [
        // "the best coffee in the world" is a world claim however many words sit in between.
        { followedBy: ['in the world', 'on the market', 'on earth', 'in the universe', 'ever made', 'of all time', 'worldwide'], window: 30, action: 'harden' },
        {
          // "best before", "best by", "Best.-Nr." (German order-number abbreviation), instructions and set phrases.
          followedBy: [
            'before', 'by', 'if', 'used', 'served', 'enjoyed', 'kept', 'stored', 'when', 'suited', 'practice*', 'friend*', 'wishes',
            'regards', 'nr', 'fit for', 'to be', 'consumed', 'worn', 'viewed', 'washed', 'paired',
          ],
          precededBy: ['your', 'its', 'their', 'at', 'for', 'second', 'next', 'look', 'feel', 'do', 'did', 'doing', 'try', 'personal', 'all the'],
        },
      ],
      message: 'superlative claim',
    },
    // --- medical and health claims --------------------------------------------------------------------------
    {
      id: 'en.medical_claim.cure',
      family: 'medical_claim',
      severity: 'hard',
      locales: ['en'],
      patterns: [
        'cure', 'cures', 'curing', 'heals', 'heal', 'miracle cure', 'anti-cancer', 'anticancer', 'cancer-fighting', 'cancer fighting',
        'cancer cure', 'kills cancer', 'prevents disease', 'lowers blood pressure', 'lower blood pressure', 'lowers blood sugar',
        'lower blood sugar', 'lowers cholesterol', 'reduces blood pressure', 'regulates blood sugar', 'medical cure',
        'no more diabetes', 'reverses diabetes', 'cancer treatment', 'diabetes treatment', 'covid treatment',
        ...expand(DISEASE_VERBS, DISEASES),
      ],
      exceptions: [
        {
          // Resin and coatings "cure"; meat is "cured"; "self-healing" cutting mats and films.
          precededBy: ['uv', 'resin', 'epoxy', 'fast', 'quick', 'air', 'salt', 'heat', 'full', 'self', 'gel', 'led', 'nail'],
          followedBy: ['time*', 'lamp*', 'light*', 'resin*', 'speed*', 'ham', 'meat', 'bacon', 'salmon', 'sausage', 'agent*', 'cycle*', 'uv', 'gel', 'polish', 'dry'],
        },
      ],
      message: 'medicinal claim (treats, cures or prevents disease) on a non-medicine',
    },
    {
      id: 'en.medical_claim.wellness',
      family: 'medical_claim',
      severity: 'soft',
      locales: ['en'],
      patterns: [
        'boosts immunity', 'boost immunity', 'immune boost', 'immune booster', 'boosts the immune system', 'boost your immune system',
        'strengthens the immune system', 'detox', 'detoxifies', 'detoxifying', 'weight loss', 'lose weight', 'fat burning', 'fat burner',
        'burns fat', 'pain relief', 'relieves pain', 'anti-inflammatory', 'clinically proven', 'clinically tested', 'fda approved',
        'fda-approved', 'medical grade', 'medical-grade', 'healing', 'antiviral', 'kills viruses', 'kills 99.9%', 'kills bacteria',
        'no side effects', 'zero side effects', 'doctor recommended', 'therapeutic',
        ...expand(DISEASE_VERBS, SOFT_CONDITIONS),
      ],
      exceptions: [{ precededBy: ['self', 'self-'], followedBy: ['mat', 'cutting mat', 'film', 'protector'] }],
      message: 'health or wellness claim needs substantiation',
    },
    // --- environmental claims ------------------------------------------------------------------------------
    {
      id: 'en.environmental_claim.climate',
      family: 'environmental_claim',
      severity: 'hard',
      locales: ['en'],
      patterns: [
        'carbon neutral', 'carbon-neutral', 'climate neutral', 'climate-neutral', 'CO2 neutral', 'CO2-neutral', 'net zero', 'net-zero',
        'carbon negative', 'climate positive', 'zero carbon', 'carbon-free product', 'zero emissions product', 'climate friendly offset',
        'carbon offset product',
      ],
      // Offset-based climate-neutrality claims are banned in the EU from 27 Sep 2026 (Directive (EU) 2024/825, Annex I, 4c).
      message: 'climate-neutrality claim (banned when based on offsetting)',
    },
    {
      id: 'en.environmental_claim.generic',
      family: 'environmental_claim',
      severity: 'soft',
      locales: ['en'],
      patterns: [
        'eco-friendly', 'eco friendly', 'ecofriendly', 'environmentally friendly', 'environment friendly', 'environment-friendly',
        'earth-friendly', 'earth friendly', 'planet-friendly', 'planet friendly', 'green product', 'sustainable', 'sustainably made',
        'biodegradable', 'compostable', 'compostables', 'zero waste', 'zero-waste', 'plastic-free', 'plastic free', 'eco-conscious', 'good for the planet',
        'saves the planet', 'environmentally safe', 'non-polluting', 'eco-safe', '100% recyclable', 'fully recyclable', 'ocean-friendly',
        'eco', 'green and eco',
      ],
      exceptions: [{ followedBy: ['mode', 'setting', 'program*', 'button', 'cycle', 'function', 'modus'], precededBy: ['mode', 'modus', 'programme', 'programa', 'modo', 'programm'] }],
      message: 'generic environmental claim without evidence (Directive (EU) 2024/825)',
    },
    // --- sensitive and prohibited ----------------------------------------------------------------------------
    {
      id: 'en.sensitive.prohibited',
      family: 'sensitive',
      severity: 'hard',
      locales: ['en'],
      patterns: [
        'real ivory', 'genuine ivory', 'elephant ivory', 'carved ivory', 'ivory carving', 'ivory tusk', 'antique ivory', 'natural ivory',
        'solid ivory', 'made of ivory', 'ivory figurine', 'ivory netsuke', 'mammoth ivory', 'rhino horn', 'rhinoceros horn', 'tiger bone',
        'tiger skin', 'tiger penis', 'bear bile', 'pangolin scale', 'pangolin scales', 'shahtoosh',
        'firearm', 'firearms', 'handgun', 'handguns', 'ammunition', 'ammo', 'live rounds', 'gun', 'guns', 'pistol',
        'rifle', 'silencer for', 'gun silencer', 'suppressor for', 'brass knuckles', 'knuckle duster', 'knuckle dusters', 'switchblade',
        'butterfly knife', 'gravity knife', 'stun gun', 'taser', 'explosives', 'detonator', 'gunpowder', 'tear gas',
        'cocaine', 'heroin', 'methamphetamine', 'crystal meth', 'mdma', 'ecstasy pills', 'lsd', 'magic mushrooms', 'psilocybin',
        'fentanyl', 'opium', 'ketamine',
        'nazi', 'swastika', 'white power', 'kkk', 'hitler', 'ss runes',
        'fake id', 'fake passport', 'counterfeit money', 'fake money', 'fake banknotes', 'fake driver license',
        'pornographic', 'porn',
      ],
      exceptions: [
        {
          // Tools and toys named "gun"/"pistol": glue gun, massage gun, water pistol, spray gun.
          precededBy: [
            'glue', 'hot glue', 'massage', 'heat', 'spray', 'paint', 'water', 'nail', 'staple', 'caulk', 'caulking', 'grease', 'toy', 'bubble',
            'nerf', 'tattoo', 'soldering', 'foam', 'price', 'temperature', 'thermometer', 'label', 'air', 'blow', 'squirt', 'cap', 'laser',
            'radar', 'top', 'fascia', 'percussion', 'tape', 'silicone', 'sealant', 'rivet', 'lube', 'hot air', 'snow', 'confetti', 'smoke',
            'drill', 'impact', 'glitter', 'foam cannon', 'cleaning', 'washing', 'pressure washer', 'airbrush', 'powder coating', 'sand',
            'dust', 'bubble machine', 'ice cream', 'cookie', 'frosting', 'icing',
          ],
          followedBy: ['metal', 'grey', 'gray', 'safe*', 'grip*', 'drill', 'scope*', 'sling*', 'bag*'],
        },
      ],
      message: 'prohibited or restricted item (weapons, drugs, wildlife products, extremist symbols, forged documents)',
    },
    {
      id: 'en.sensitive.restricted',
      family: 'sensitive',
      severity: 'soft',
      locales: ['en'],
      patterns: [
        'cannabis', 'marijuana', 'vape', 'vapes', 'vaping', 'e-cigarette', 'e-cigarettes', 'e-cig', 'e-liquid', 'nicotine', 'tobacco',
        'cigarette', 'cigarettes', 'shisha', 'kratom', 'poppers', 'lottery', 'casino', 'gambling', 'sex toy', 'adult toy', 'erotic',
        'pepper spray', 'crossbow', 'air rifle', 'air gun', 'airsoft', 'bb gun', 'spy camera', 'hidden camera', 'pinhole camera',
        'spy cam', 'covert camera', 'prescription drug', 'prescription-only', 'steroids', 'anabolic', 'self-defense weapon',
        'self defence weapon', 'prop money',
      ],
      exceptions: [{ followedBy: ['lighter*', 'brown', 'colour', 'color', 'leaf brown'] }],
      message: 'restricted product category (tobacco, adult, surveillance, gambling, self-defence)',
    },
    // --- counterfeit signals -----------------------------------------------------------------------------
    {
      id: 'en.counterfeit.replica',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['en'],
      patterns: [
        'replica', 'replicas', 'knockoff', 'knock-off', 'knockoffs', 'counterfeit', 'fake', 'fakes', 'imitation', 'bootleg',
        'unauthorized copy', 'unauthorised copy', 'designer copy', 'brand copy', 'copy of the original', 'first copy', 'master copy',
        'factory replica', 'same as original', 'same as the original', 'original quality copy', 'high copy', 'high-end copy',
      ],
      exceptions: [
        {
          // Faux materials and decorations: fake fur, fake plants, imitation leather, imitation pearls; scale and museum replicas.
          followedBy: [
            'leather', 'fur', 'plant*', 'flower*', 'grass', 'eyelash*', 'lash*', 'nail*', 'snow', 'blood', 'tattoo*', 'moustache*', 'mustache*',
            'beard*', 'food', 'fruit*', 'cake*', 'candle*', 'tree*', 'ivy', 'succulent*', 'greenery', 'book*', 'pearl*', 'suede', 'wood',
            'marble', 'stone', 'crab', 'vanilla', 'jewelry', 'jewellery', 'money', 'id', 'passport', 'banknote*', 'driver', 'rattan',
            'hair', 'ponytail', 'bangs', 'fireplace', 'window', 'moss', 'fossil*', 'skull*', 'dinosaur*', 'of the', 'model*', 'news',
            'plastic', 'eyes', 'dried', 'greens', 'orchid*', 'rose*', 'bonsai', 'stitch*', 'crocodile', 'croc', 'snake', 'python',
          ],
          precededBy: [
            'scale', 'museum', 'historical', 'historic', 'movie prop', 'prop', 'fossil', 'anti', 'no', 'avoid', 'beware of', 'detect', 'spot',
            // French and Spanish text also runs the English pack: "perles d'imitation", "piel de imitación".
            'perles d', 'perle d', 'bijoux d', 'cuir d', 'fourrure d', 'perlas de', 'perla de', 'piel de', 'cuero de', 'joyas de',
          ],
        },
        { precededBy: ['official', 'licensed', 'officially licensed'], action: 'soften' },
      ],
      message: 'counterfeit signal',
    },
    {
      id: 'en.counterfeit.dupe',
      family: 'counterfeit',
      severity: 'soft',
      locales: ['en'],
      patterns: ['dupe', 'dupes', 'lookalike', 'look-alike', 'designer inspired', 'designer-inspired', 'inspired by the designer', 'unbranded original', 'oem original', 'original factory', 'tail goods'],
      message: 'possible counterfeit ("dupe", "designer-inspired")',
    },
  ],
};
