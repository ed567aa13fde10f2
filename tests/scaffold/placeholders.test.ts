/**
 * The placeholders `npm run new` writes are refused once an entry is published: the
 * checker reads the same table as the templates, so every placeholder in every language
 * is caught, and a draft keeps them without a word.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src/scaffold/placeholders.ts';
import { checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { run } from '../import/cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const publish = (path: string) => box.edit(path, (text) => text.replace('draft: true\n', ''));

describe('a placeholder of npm run new', () => {
  it('is refused in a published project and update, naming the field or body line and what to write', async () => {
    expect(run('new', ['project', '2022/new-library'], box.root).status).toBe(0);
    expect(run('new', ['update', '2022/xinyiyuan', '--lang', 'en'], box.root).status).toBe(0);
    expect(await checkLines(box)).toEqual([]);
    publish('projects/2022/new-library.md');
    publish('updates/2026-11-22-xinyiyuan.md');
    expect(await checkLines(box, 'zh')).toEqual([
      'content/projects/2022/new-library.md:2: title: 仍是模板的占位文字“（请填写项目名称）”；应改为项目名称，例如“东区社区诊所”，写好之前请保留 draft: true',
      'content/projects/2022/new-library.md:10: leadDepartment: 仍是模板的占位文字“（请填写牵头单位）”；应改为牵头单位，例如“市卫生健康局”，写好之前请保留 draft: true',
      'content/projects/2022/new-library.md:12: body: 仍是模板的占位文字“（在这里介绍项目…）”；应改为介绍项目的正文：建什么、办什么，在哪里，为谁，写好之前请保留 draft: true',
      'content/updates/2026-11-22-xinyiyuan.md:3: title: 仍是模板的占位文字“(fill in the headline)”；应改为动态的标题，例如“新图书馆主体结构封顶”，写好之前请保留 draft: true',
      'content/updates/2026-11-22-xinyiyuan.md:9: body: 仍是模板的占位文字“(Write the update here…)”；应改为动态的正文：发生了什么、什么时候、下一步做什么，写好之前请保留 draft: true',
    ]);
    expect((await checkLines(box, 'en'))[0]).toBe(
      `content/projects/2022/new-library.md:2: title: still holds the template's placeholder "（请填写项目名称）"; expected the project's name, e.g. 东区社区诊所, or "draft: true" kept until it is written`,
    );
  });

  it('is caught in every language the templates write, also when only its opening is left', async () => {
    const texts = Object.values(PLACEHOLDERS).flatMap((byLang) => Object.values(byLang));
    texts.forEach((text, i) => {
      const day = `2026-11-${String(i + 1).padStart(2, '0')}`;
      box.write(`updates/${day}-p${i}.md`, `---\ndate: "${day}"\ntitle: 测试\nprojects: [2022/xinyiyuan]\nkind: inspection\n---\n第一段。\n\n${text}\n`);
    });
    // The body placeholder cut after its opening words is still a placeholder.
    box.write('updates/2026-11-15-cut.md', '---\ndate: "2026-11-15"\ntitle: 测试\nprojects: [2022/xinyiyuan]\nkind: inspection\n---\n（在这里写动态正文：已完工。）\n');
    const lines = await checkLines(box, 'en');
    expect(lines).toHaveLength(texts.length + 1);
    for (const line of lines) expect(line).toMatch(/^content\/updates\/2026-11-\d\d-\w+\.md:\d+: body: still holds the template's placeholder/);
    expect(lines).toContain(
      `content/updates/2026-11-15-cut.md:7: body: still holds the template's placeholder "（在这里写动态正文…）"; expected the text of the update: what happened, when, and what comes next, or "draft: true" kept until it is written`,
    );
  });

  it('is refused in an entry scheduled for later, which goes out with no one looking again', async () => {
    box.write('updates/2026-12-01-later.md', `---\ndate: "2026-12-01"\ntitle: ${PLACEHOLDERS.updateTitle.zh}\nprojects: [2022/xinyiyuan]\nkind: inspection\n---\n正文。\n`);
    expect(await checkLines(box, 'en')).toEqual([
      `content/updates/2026-12-01-later.md:3: title: still holds the template's placeholder "（请填写标题）"; expected the update's headline, e.g. 新图书馆主体结构封顶, or "draft: true" kept until it is written`,
    ]);
  });
});
