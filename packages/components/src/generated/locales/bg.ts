
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's042db6be06972d8d': str`В информацията за общината няма страница „${0}“.`,
's08349f04254d705f': str`В информацията за общината няма побратимен град „${0}“.`,
's11da6d9d3e1a87ef': `Зареждането на информацията за общината отне твърде дълго. Моля, опитайте отново по-късно.`,
's6b76581ccc59ffef': `Информацията за общината не можа да бъде заредена. Моля, опитайте отново по-късно.`,
's6ebc9bd6feae62a3': `Зареждане…`,
's7dafd3365c6fa64c': `Информацията за общината съдържа грешки и не може да бъде показана.`,
's9008f8fa0182cdd3': `Покажи всички нива на пътеката`,
'sb6762584216fea1b': `На този елемент не е подадена информация за общината.`,
'sdb2bf46270cfda6c': `Навигационна пътека`,
    };
  